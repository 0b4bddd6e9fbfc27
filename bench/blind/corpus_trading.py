"""Blind corpus, area "trading": import/export and overseas business mail of 日の出産業.

Written from bench/blind/BRIEF.md alone (plus build.py's helpers and SPEC.md's detector and
entity names), without reading mailguard's code or the other corpus files.  It covers the mail
of a trading department and the people around it: 貿易業務課 and export sales writing to
forwarders, customs brokers (通関業者), banks (L/C, remittance) and overseas buyers and
suppliers, often in English; 総務 arranging 海外出張 (visa applications, 招へい状, group
air tickets, hotel guarantees); 海外人事 handling 海外赴任者 and their families (relocation,
international schools, movers, 納税管理人, 社会保障協定, overseas medical assistance), and the
local subsidiaries (現地法人) abroad.  Stops are mostly traveller / expat lists with passport
data in every layout, single passports, My Numbers and cards, 要配慮個人情報 of expats and
their families, open To/Cc announcements, look-alike domains (including invoice-fraud
"bank account change" mail), confidentiality stamps and PPAP zips; passes are the ordinary
shipping, quotation, L/C and customs mail full of B/L, invoice and HS numbers, one or few
contacts, office and embassy directories, quoted replies and internal-only mail.
"""

from build import card_number, my_number

DISC_EN = """\
------------------------------------------------------------------
This e-mail and any attachments may contain confidential information
and are intended solely for the addressee. If you have received this
e-mail in error, please notify the sender immediately and delete it.
Any unauthorised copying, disclosure or distribution is prohibited.
------------------------------------------------------------------"""

DISC_JA = """\
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

SIG_MATSUNAGA = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 海外事業部 貿易業務課
課長 松永 亮介（Ryosuke Matsunaga）
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル6F
TEL 03-5201-7714 / FAX 03-5201-7790
Mail r-matsunaga@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OKABE = """\
--
日の出産業株式会社
海外事業部 貿易業務課　岡部 千尋
TEL：03-5201-7716（直通）
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル6F"""

SIG_TODO_EN = """\
Best regards,

Ken Todo
Asia Sales Section, Overseas Business Division
Hinode Sangyo Co., Ltd.
6F Hinode Bldg., 2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027 Japan
Tel: +81-3-5201-7722 / Mobile: +81-80-4417-2290
k-todo@hinode-sangyo.co.jp"""

SIG_ISHIGURO = """\
************************************
日の出産業（株）物流・通関グループ
石黒 美和
TEL 03-5201-7731 FAX 03-5201-7791
************************************"""

SIG_MAKABE = """\
――――――――――――――――――――
日の出産業株式会社　人事部 海外人事グループ
真壁 沙織（まかべ さおり）
〒103-0027 東京都中央区日本橋2-14-9
TEL 03-5201-7705（内線 2205）
――――――――――――――――――――"""

SIG_HARAGUCHI = """\
==============================
日の出産業株式会社 総務部 総務課（出張手配担当）
原口 由紀
TEL: 03-5201-7702  FAX: 03-5201-7792
y-haraguchi@hinode-sangyo.co.jp
=============================="""

SIG_MIYAJI = """\
日の出産業株式会社 経理部 外国為替チーム
宮地 隆
TEL 03-5201-7741"""

SIG_NODA_EN = """\
Kind regards,
Yuko Noda
Export Sales, Hinode Sangyo Co., Ltd.
Phone +81-6-6203-4410 (Osaka Branch)
y-noda@hinode-sangyo.co.jp"""

SIG_AZUMA = """\
----------------------------------------
日の出産業株式会社 法務部
東 恵理（あずま えり）
TEL 03-5201-7750
----------------------------------------"""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# Lists of people (stop)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-001",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "6名の出張者名簿（生年月日・旅券番号）を上海の取引先へ本文の空白揃え表で送付",
        "charset": "iso-2022-jp",
        "sender": "松永 亮介 <r-matsunaga@hinode-sangyo.co.jp>",
        "to": ["王 磊 <wang.lei@huaxin-trading.com.cn>"],
        "subject": "【ご依頼】上海国際工業博覧会 出張者の招へい状発行について",
        "body": """\
上海華信貿易有限公司
王 磊 様

いつも大変お世話になっております。
日の出産業の松永でございます。

先日お電話でご相談いたしました11月の上海国際工業博覧会の件、
弊社からの出張者が確定いたしましたので、招へい状（邀請函）の
ご発行をお願いできますでしょうか。
ビザ申請は来週中に代理店経由で行う予定です。

出張期間：11月3日（月）〜11月9日（日）
宿泊先　：上海浦東の展示会場近辺（確定次第ご連絡します）

No. 氏名(ローマ字)          生年月日     旅券番号    役職
--- ---------------------- ------------ ----------- ----------
1   MATSUNAGA RYOSUKE      1979/05/14   TR4829173   課長
2   TODO KEN               1985/11/02   TZ1083564   主任
3   OKABE CHIHIRO          1992/03/27   MS7720419   担当
4   SHIMAZAKI TAKUYA       1976/08/09   TK3391058   部長
5   YOSHIKAWA MEGUMI       1990/01/30   TH5502817   担当
6   KURIHARA SHOTA         1988/06/18   TS9014276   技術課 主任

お手数をおかけしますが、10月10日頃までにPDFでいただけますと助かります。
ご不明点がございましたらお知らせください。

""" + SIG_MATSUNAGA,
    },
    {
        "id": "trading-002",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ベトナム工場視察団7名（生年月日・携帯）をタブ区切りで旅行会社へ",
        "charset": "shift_jis",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["星空トラベル 法人営業部 <corp-desk@hoshizora-travel.co.jp>"],
        "subject": "ハノイ工場視察（12月）参加者名簿の件",
        "body": """\
星空トラベル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 総務部の原口です。
先日お見積りをいただいたハノイ工場視察ツアーですが、参加者が確定しましたので
名簿をお送りします。航空券の仮押さえをお願いできますでしょうか。

氏名	フリガナ	性別	生年月日	携帯電話
島崎 拓也	シマザキ タクヤ	男	昭和51年8月9日	090-3318-5527
栗原 翔太	クリハラ ショウタ	男	昭和63年6月18日	080-6620-1143
吉川 恵	ヨシカワ メグミ	女	平成2年1月30日	070-2219-8804
丹羽 誠一郎	ニワ セイイチロウ	男	昭和45年12月1日	090-7781-0362
小野寺 奈々	オノデラ ナナ	女	平成8年4月22日	080-1145-9926
百瀬 隼人	モモセ ハヤト	男	平成4年9月5日	090-4402-6678
鰐淵 和子	ワニブチ カズコ	女	昭和55年2月14日	070-8863-2015

旅券番号は各自から提出され次第、別途お送りします。
羽田発の午前便を希望しております。よろしくお願いいたします。

""" + SIG_HARAGUCHI,
    },
    {
        "id": "trading-003",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "赴任者本人と帯同家族4名＝5名分を1人1ブロックで（生年月日・旅券番号）移転支援会社へ",
        "charset": "utf-8",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["Global Move 片桐様 <katagiri@global-move.co.jp>"],
        "subject": "バンコク赴任 栗原家 ご家族情報（ビザ・住居手配用）",
        "body": """\
グローバルムーブ株式会社
片桐 様

いつもお世話になっております。日の出産業 海外人事の真壁です。
来年1月よりバンコク現地法人へ赴任する栗原の件で、ご依頼いただいていた
ご家族情報をお送りします。ノンイミグラントB／O ビザの申請と
住居候補のご提案にお使いください。

■ 赴任者本人
　氏名：栗原 翔太（KURIHARA SHOTA）
　生年月日：1988年6月18日
　旅券番号：TS9014276（有効期限 2031年7月4日）

■ 配偶者
　氏名：栗原 早苗（KURIHARA SANAE）
　生年月日：1989年10月11日
　旅券番号：TS9014277（有効期限 2031年7月4日）

■ 長男
　氏名：栗原 湊（KURIHARA MINATO）
　生年月日：2016年3月3日
　旅券番号：TR2267710（有効期限 2028年2月19日）

■ 長女
　氏名：栗原 結衣（KURIHARA YUI）
　生年月日：2019年8月26日
　旅券番号：TR2267711（有効期限 2028年2月19日）

■ 次女
　氏名：栗原 ひなた（KURIHARA HINATA）
　生年月日：2023年5月8日
　旅券番号：MU0482265（有効期限 2028年9月30日）

お子様3名は日本人学校への編入を希望しております。
物件はスクールバスのルート沿い（スクンビット周辺）でお願いできればと思います。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-004",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTMLのみの表で出張者8名の携帯・メール・便名をバンコクのホテルへ",
        "charset": "utf-8",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": ["Reservations <groups@riverside-grand-bkk.com>"],
        "subject": "Group booking HINODE SANGYO - Opening ceremony 14-16 Jan / guest list",
        "html": """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Ms. Pranee,</p>
<p>Thank you for holding the 8 rooms for us for the opening ceremony of our new
Bangkok office. Please find below the guest list. All guests will arrive on 14 Jan
and check out on 16 Jan. Airport pick-up is needed for TG 661 and NH 847.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde6f0"><th>#</th><th>Guest name</th><th>Mobile</th><th>E-mail</th><th>Arrival flight</th><th>Room</th></tr>
<tr><td>1</td><td>Mr. Takuya SHIMAZAKI</td><td>+81-90-3318-5527</td><td>t-shimazaki@hinode-sangyo.co.jp</td><td>NH 847</td><td>Deluxe King</td></tr>
<tr><td>2</td><td>Mr. Seiichiro NIWA</td><td>+81-90-7781-0362</td><td>s-niwa@hinode-sangyo.co.jp</td><td>NH 847</td><td>Deluxe King</td></tr>
<tr><td>3</td><td>Ms. Kazuko WANIBUCHI</td><td>+81-70-8863-2015</td><td>k-wanibuchi@hinode-sangyo.co.jp</td><td>TG 661</td><td>Deluxe Twin</td></tr>
<tr><td>4</td><td>Mr. Hayato MOMOSE</td><td>+81-90-4402-6678</td><td>h-momose@hinode-sangyo.co.jp</td><td>TG 661</td><td>Deluxe King</td></tr>
<tr><td>5</td><td>Ms. Nana ONODERA</td><td>+81-80-1145-9926</td><td>n-onodera@hinode-sangyo.co.jp</td><td>TG 661</td><td>Deluxe Twin</td></tr>
<tr><td>6</td><td>Mr. Goro TSUCHIMIKADO</td><td>+81-80-5530-7741</td><td>g-tsuchimikado@hinode-sangyo.co.jp</td><td>NH 847</td><td>Executive Suite</td></tr>
<tr><td>7</td><td>Mr. Ryosuke MATSUNAGA</td><td>+81-90-2284-6619</td><td>r-matsunaga@hinode-sangyo.co.jp</td><td>NH 847</td><td>Deluxe King</td></tr>
<tr><td>8</td><td>Ms. Megumi YOSHIKAWA</td><td>+81-70-2219-8804</td><td>m-yoshikawa@hinode-sangyo.co.jp</td><td>TG 661</td><td>Deluxe Twin</td></tr>
</table>
<p>Mr. Tsuchimikado (our President) would appreciate a late check-out on the 16th if possible.
Billing: all room charges to the company (master account), incidentals to each guest.</p>
<p>Best regards,<br>Ken Todo<br>Asia Sales Section, Hinode Sangyo Co., Ltd.<br>
Tel: +81-3-5201-7722</p>
</body></html>""",
    },
    {
        "id": "trading-005",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "招へい予定のベトナム人技術者6名（生年月日・旅券番号）をCP932のCSVで行政書士へ",
        "charset": "iso-2022-jp",
        "sender": "岡部 千尋 <c-okabe@hinode-sangyo.co.jp>",
        "to": ["佐藤行政書士事務所 <info@sato-gyosei.jp>"],
        "subject": "短期滞在ビザ 招へい関係書類作成のお願い（ベトナム6名）",
        "body": """\
佐藤行政書士事務所
佐藤 先生

お世話になっております。日の出産業の岡部でございます。
先日ご相談いたしましたベトナム協力工場からの技術研修（2週間）の件、
招へい理由書・滞在予定表・身元保証書の作成をお願いしたく、
招へい予定者の情報をCSVにまとめましたので添付いたします。

・来日予定：2月16日〜3月1日
・受入部署：技術部 品質保証課（茨城工場）
・費用負担：当社（航空券・宿泊費）

在職証明書（英文）は現地から原本が届き次第お送りいたします。
どうぞよろしくお願いいたします。

""" + SIG_OKABE,
        "attachments": [
            {
                "kind": "csv",
                "name": "招へい予定者一覧_ベトナム.csv",
                "encoding": "cp932",
                "rows": [
                    ["No", "氏名（旅券表記）", "国籍", "性別", "生年月日", "旅券番号", "職業・役職", "滞在予定"],
                    ["1", "NGUYEN VAN HUNG", "ベトナム", "男", "1987/04/12", "C5839201", "QC Manager", "2/16-3/1"],
                    ["2", "TRAN THI MAI", "ベトナム", "女", "1994/09/03", "C7720548", "QC Staff", "2/16-3/1"],
                    ["3", "LE MINH TUAN", "ベトナム", "男", "1990/12/25", "C4418837", "Production Leader", "2/16-3/1"],
                    ["4", "PHAM THI THU HA", "ベトナム", "女", "1996/02/07", "C8006129", "Engineer", "2/16-3/1"],
                    ["5", "VO QUOC BAO", "ベトナム", "男", "1989/07/30", "C3357740", "Engineer", "2/16-3/1"],
                    ["6", "DANG HOANG NAM", "ベトナム", "男", "1985/05/19", "C6291483", "Factory Manager", "2/16-2/23"],
                ],
            }
        ],
    },
    {
        "id": "trading-006",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "海外赴任者8名の留守宅住所・電話をUTF-8のCSVで税理士法人へ（納税管理人届用）",
        "charset": "utf-8",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["あおぞら税理士法人 国際課 <kokusai@aozora-tax.jp>"],
        "cc": ["真壁 沙織 <s-makabe@hinode-sangyo.co.jp>"],
        "subject": "納税管理人届出書の作成依頼（今期出国者8名分）",
        "body": """\
あおぞら税理士法人
国際課 御中

いつもお世話になっております。
日の出産業 人事部の真壁です。

今期（4月〜9月）に出国した海外赴任者について、納税管理人の届出書作成をお願いいたします。
対象者と国内の留守宅情報をCSVで添付しました（UTF-8です。Excelで文字化けする場合は
お知らせください）。
納税管理人は例年どおり各人の配偶者ではなく、当社指定の御法人様でお願いします。

提出期限がある方（9月出国の2名）から優先していただけますと幸いです。

""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "csv",
                "name": "nouzei_kanrinin_2025H1.csv",
                "encoding": "utf-8",
                "rows": [
                    ["社員番号", "氏名", "赴任国", "出国日", "留守宅住所", "留守宅電話"],
                    ["H10233", "島崎 拓也", "タイ", "2025/04/07", "東京都世田谷区桜新町2-18-5", "03-3428-1170"],
                    ["H11408", "丹羽 誠一郎", "ベトナム", "2025/04/21", "神奈川県横浜市青葉区美しが丘4-9-12", "045-901-3386"],
                    ["H12051", "百瀬 隼人", "インドネシア", "2025/05/12", "埼玉県さいたま市浦和区常盤7-3-21", "048-822-5419"],
                    ["H09877", "鰐淵 和子", "米国", "2025/06/02", "千葉県船橋市本町5-11-8-302", "047-433-7065"],
                    ["H13320", "小野寺 奈々", "中国", "2025/06/30", "東京都杉並区阿佐谷南1-27-4", "03-3315-2298"],
                    ["H10988", "戸叶 孝", "ドイツ", "2025/07/14", "東京都町田市原町田3-6-19", "042-722-0841"],
                    ["H12776", "甲斐田 陽介", "メキシコ", "2025/09/01", "大阪府豊中市上野東2-14-7", "06-6841-5532"],
                    ["H13905", "磯貝 里沙", "タイ", "2025/09/22", "兵庫県西宮市甲子園口3-2-16", "0798-64-2207"],
                ],
            }
        ],
    },
]

MESSAGES += [
    {
        "id": "trading-007",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "赴任者・帯同家族の一覧（旅券・生年月日・住所・電話）を複数シートのXLSXで引越業者へ",
        "charset": "shift_jis",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["日本海外引越センター 国際営業 <intl-sales@nk-hikkoshi.co.jp>"],
        "subject": "2026年1月赴任分 海外引越 見積・通関書類用の情報送付",
        "body": """\
日本海外引越センター株式会社
国際営業部　久我様

お世話になっております。日の出産業 海外人事の真壁です。
1月赴任の3家族分について、お見積りと現地通関用にご依頼の情報を
Excelにまとめましたので添付いたします。

シート「赴任者」…本人の情報と旧居・搬出日
シート「帯同家族」…ご家族の旅券情報
シート「荷物概算」…各家庭からの申告（概算）

下見のご訪問日程は、各家庭と直接調整いただいて構いません。
連絡先は赴任者シートの携帯番号をお使いください。

""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "赴任者情報_2026年1月.xlsx",
                "sheets": {
                    "赴任者": [
                        ["2026年1月 海外赴任者（引越手配用）", "", "", "", "", "", ""],
                        ["氏名", "赴任地", "生年月日", "旅券番号", "現住所", "携帯", "搬出希望日"],
                        ["栗原 翔太", "バンコク", "1988/06/18", "TS9014276", "東京都江東区豊洲5-6-27-1203", "080-6620-1143", "2025/12/20"],
                        ["磯部 啓介", "ホーチミン", "1981/02/03", "TK8810342", "神奈川県川崎市中原区新丸子町915-2", "090-1276-4408", "2025/12/13"],
                        ["汐見 大輔", "ジャカルタ", "1979/11/29", "TZ6627015", "千葉県浦安市日の出6-3-1-504", "090-5503-9172", "2025/12/27"],
                    ],
                    "帯同家族": [
                        ["赴任者", "続柄", "氏名", "生年月日", "旅券番号"],
                        ["栗原 翔太", "妻", "栗原 早苗", "1989/10/11", "TS9014277"],
                        ["栗原 翔太", "長男", "栗原 湊", "2016/03/03", "TR2267710"],
                        ["磯部 啓介", "妻", "磯部 紗季", "1983/07/16", "TK8810343"],
                        ["汐見 大輔", "妻", "汐見 ルミ", "1982/01/09", "TZ6627016"],
                        ["汐見 大輔", "長女", "汐見 楓", "2012/12/02", "MS4408917"],
                    ],
                    "荷物概算": [
                        ["赴任者", "航空便(kg)", "船便(m3)", "備考"],
                        ["栗原", 80, 12, "ピアノなし"],
                        ["磯部", 60, 8, ""],
                        ["汐見", 100, 15, "自転車2台"],
                    ],
                },
            }
        ],
    },
    {
        "id": "trading-008",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "招へい状DOCXに訪日団5名の生年月日・旅券番号の表、インドネシアの取引先へ（英文）",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Mr. Budi Santoso <budi.santoso@sinar-abadi.co.id>"],
        "subject": "Invitation letter for your visit to Japan (Osaka, 8-12 March)",
        "body": """\
Dear Mr. Budi,

Thank you for sending the details of your delegation.
Attached is our invitation letter with the list of members, signed by our
General Manager. Please submit the original together with the guarantee letter
to the Embassy of Japan in Jakarta. The originals will go out by EMS tomorrow
(tracking number EJ482915063JP).

Could you kindly check the spelling of each name against the passports before
you apply? The embassy rejects letters whose spelling differs even by one letter.

We are looking forward to welcoming you in Osaka.

""" + SIG_NODA_EN,
        "attachments": [
            {
                "kind": "docx",
                "name": "Invitation_Letter_PT_Sinar_Abadi.docx",
                "title": "Letter of Invitation",
                "paragraphs": [
                    "Hinode Sangyo Co., Ltd.",
                    "2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan",
                    "To: Consular Section, Embassy of Japan in Indonesia",
                    "LETTER OF INVITATION",
                    "We hereby invite the following members of PT Sinar Abadi Teknik to visit Japan "
                    "from 8 March to 12 March for business meetings and a factory inspection at our "
                    "Osaka plant. All expenses in Japan will be borne by our company.",
                    "List of members:",
                ],
                "tables": [
                    [
                        ["No.", "Name", "Date of birth", "Passport No.", "Position"],
                        ["1", "BUDI SANTOSO", "14 Feb 1975", "B4471902", "President Director"],
                        ["2", "SITI RAHAYU", "02 Sep 1986", "B8830165", "Purchasing Manager"],
                        ["3", "AGUS PRASETYO", "21 Jun 1980", "C1192734", "Plant Manager"],
                        ["4", "DEWI LESTARI", "30 Nov 1991", "B6605218", "QA Supervisor"],
                        ["5", "RIZKY FIRMANSYAH", "17 Apr 1993", "C2048871", "Engineer"],
                    ]
                ],
            }
        ],
    },
    {
        "id": "trading-009",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "海外駐在員12名と国内緊急連絡先の一覧PDFを危機管理サービス会社へ",
        "charset": "shift_jis",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["グローバルアシスト 法人サービス <corporate-jp@global-assist.com>"],
        "subject": "緊急連絡先リスト更新（10月1日現在）",
        "body": """\
グローバルアシスト株式会社
法人サービス部 ご担当者様

いつもお世話になっております。
日の出産業 人事部の真壁です。

契約に基づく海外駐在員の緊急連絡先リストを更新しましたので、
PDFにてお送りします（10月1日現在、12名）。
前回からの変更は、汐見（ジャカルタ新任）と甲斐田（メキシコ新任）の追加、
ならびに帰任した井ノ口の削除です。

セキュリティアラートの配信先も同リストに合わせてご変更ください。

""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "緊急連絡先リスト_20251001.pdf",
                "title": "海外駐在員 緊急連絡先リスト",
                "lines": [
                    "海外駐在員 緊急連絡先リスト（2025年10月1日現在）",
                    "日の出産業株式会社 人事部 海外人事グループ",
                    "",
                ],
                "table": [
                    ["氏名", "駐在地", "現地携帯", "国内緊急連絡先", "続柄", "連絡先電話"],
                    ["島崎 拓也", "バンコク", "+66-81-447-2093", "島崎 悦子", "母", "03-3428-1170"],
                    ["栗原 翔太", "バンコク", "+66-92-118-6650", "栗原 勝", "父", "0266-52-4418"],
                    ["磯貝 里沙", "バンコク", "+66-86-330-7712", "磯貝 公平", "父", "0798-64-2207"],
                    ["丹羽 誠一郎", "ハノイ", "+84-91-552-3806", "丹羽 真理子", "妻", "045-901-3386"],
                    ["磯部 啓介", "ホーチミン", "+84-90-771-2254", "磯部 隆", "兄", "090-8127-3345"],
                    ["百瀬 隼人", "ジャカルタ", "+62-812-8830-4417", "百瀬 修", "父", "048-822-5419"],
                    ["汐見 大輔", "ジャカルタ", "+62-811-9902-6635", "汐見 昌代", "母", "0436-21-7780"],
                    ["小野寺 奈々", "上海", "+86-138-1762-5508", "小野寺 聡", "夫", "03-3315-2298"],
                    ["鰐淵 和子", "シカゴ", "+1-312-555-0147", "鰐淵 正", "夫", "047-433-7065"],
                    ["戸叶 孝", "デュッセルドルフ", "+49-171-445-9038", "戸叶 由美", "妻", "042-722-0841"],
                    ["甲斐田 陽介", "ケレタロ", "+52-442-118-6604", "甲斐田 浩", "父", "06-6841-5532"],
                    ["芦刈 純", "シンガポール", "+65-9118-4426", "芦刈 恭子", "妻", "090-6614-0275"],
                ],
            }
        ],
    },
    {
        "id": "trading-010",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "海外旅行保険の付保者9名（氏名・カナ・生年月日・渡航先）をZIP内XLSXで保険代理店へ",
        "charset": "iso-2022-jp",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["海外保険エージェンシー 坂東様 <bando@kaigai-hoken-agency.co.jp>"],
        "subject": "海外旅行保険（包括契約）11月分 付保者通知",
        "body": """\
海外保険エージェンシー株式会社
坂東 様

お世話になっております。日の出産業 総務の原口です。
包括契約の11月出発分 付保者通知をお送りします。
容量の都合でZIPにまとめています（パスワードはかけておりません）。

・付保者一覧.xlsx
・補足事項.txt（長期の方1名について）

請求書は従来どおり総務部宛でお願いいたします。

""" + SIG_HARAGUCHI,
        "attachments": [
            {
                "kind": "zip",
                "name": "付保者通知_11月.zip",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "付保者一覧.xlsx",
                        "sheets": {
                            "11月": [
                                ["海外旅行保険 付保者通知（11月出発分）", "", "", "", "", ""],
                                ["氏名", "フリガナ", "生年月日", "渡航先", "出発日", "帰国日"],
                                ["松永 亮介", "マツナガ リョウスケ", "1979/05/14", "中国", "2025/11/03", "2025/11/09"],
                                ["藤堂 健", "トウドウ ケン", "1985/11/02", "中国", "2025/11/03", "2025/11/09"],
                                ["岡部 千尋", "オカベ チヒロ", "1992/03/27", "中国", "2025/11/03", "2025/11/09"],
                                ["島崎 拓也", "シマザキ タクヤ", "1976/08/09", "中国", "2025/11/03", "2025/11/07"],
                                ["吉川 恵", "ヨシカワ メグミ", "1990/01/30", "中国", "2025/11/03", "2025/11/09"],
                                ["栗原 翔太", "クリハラ ショウタ", "1988/06/18", "中国", "2025/11/03", "2025/11/09"],
                                ["野田 優子", "ノダ ユウコ", "1991/07/07", "インドネシア", "2025/11/16", "2025/11/21"],
                                ["宇佐美 功", "ウサミ イサオ", "1968/03/15", "米国", "2025/11/10", "2025/11/15"],
                                ["鮎川 智", "アユカワ サトシ", "1983/09/24", "ドイツ", "2025/11/20", "2026/02/19"],
                            ]
                        },
                    },
                    {
                        "kind": "txt",
                        "name": "補足事項.txt",
                        "encoding": "cp932",
                        "text": "鮎川 智：長期出張（90日）のため、期間延長特約の付帯をお願いします。\n",
                    },
                ],
            }
        ],
    },
    {
        "id": "trading-011",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "現地法人からの研修生6名名簿（生年月日・旅券番号）を本文に含めて研修センターへ転送",
        "charset": "iso-2022-jp",
        "sender": "岡部 千尋 <c-okabe@hinode-sangyo.co.jp>",
        "to": ["国際技術研修センター 受入担当 <ukeire@kokusai-kenshu.or.jp>"],
        "subject": "FW: Trainee list for Japan training program (Jan intake)",
        "body": """\
国際技術研修センター
受入担当 ご担当者様

お世話になっております。日の出産業の岡部です。
タイ現地法人から来月の研修参加者名簿が届きましたので、そのまま転送いたします。
宿舎の部屋割りと入国時の送迎手配にお使いください。
なお、KANYARAT さんは女性用フロアでお願いします。

-----Original Message-----
From: Somchai Wongsakul <somchai.w@hns-thailand.co.th>
Sent: Monday, December 1, 2025 10:42 AM
To: Chihiro Okabe <c-okabe@hinode-sangyo.co.jp>
Subject: Trainee list for Japan training program (Jan intake)

Dear Okabe-san,

Please find the trainees for the January intake below.

No  Name                     DOB          Passport No.  Dept.
1   SOMPONG CHAIYAPHUM       1993-03-11   AA3308127     Production
2   KANYARAT PHROMMA         1997-08-26   AA4417705     QC
3   THANAKORN SRISUK         1995-01-04   AB1029384     Maintenance
4   WIRAT BOONMA             1990-10-19   AA9920461     Production
5   NATTAPONG KHAMSRI        1996-06-30   AB2281956     Warehouse
6   PRASERT JANTHONG         1988-12-08   AA7716630     Maintenance

Best regards,
Somchai Wongsakul
HR Manager, HNS (Thailand) Co., Ltd.

""" + SIG_OKABE,
    },
    {
        "id": "trading-012",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "社内メール（帰任者5名の生年月日・帰国後住所・電話）を.eml添付で社労士事務所へ転送",
        "charset": "utf-8",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["田中社会保険労務士事務所 <office@tanaka-sr.jp>"],
        "subject": "転送：3月帰任者の社保・住民票関係",
        "body": """\
田中社会保険労務士事務所
田中 先生

お世話になっております。日の出産業の真壁です。
3月に帰任する5名について、社内で回覧したメールを添付で転送します。
帰国後の住所と生年月日は添付メールの一覧のとおりです。
健康保険・厚生年金の手続きについて、帰国日ベースでご対応をお願いします。

""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "eml",
                "name": "3月帰任者一覧.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "井ノ口 浩二 <k-inokuchi@hinode-sangyo.co.jp>",
                    "to": ["真壁 沙織 <s-makabe@hinode-sangyo.co.jp>"],
                    "cc": ["人事部 <jinji@hinode-sangyo.co.jp>"],
                    "subject": "3月帰任者一覧（確定版）",
                    "body": """\
真壁さん

3月帰任者が確定しました。帰国後の住所・連絡先も各人に確認済みです。

1) 井ノ口 浩二　S52.7.21生　帰国3/14
   〒231-0023 神奈川県横浜市中区山下町118-3-806　TEL 090-4471-2230
2) 久保寺 亜矢　H3.2.11生　帰国3/21
   〒180-0004 東京都武蔵野市吉祥寺本町2-9-14　TEL 080-3306-1187
3) 大鷹 純一　S60.10.5生　帰国3/21
   〒330-0063 埼玉県さいたま市浦和区高砂3-12-9　TEL 090-6628-4015
4) 南雲 千晶　H1.5.29生　帰国3/28
   〒260-0013 千葉県千葉市中央区中央4-5-1-1102　TEL 070-5519-3348
5) 苫米地 恒　S49.12.17生　帰国3/28
   〒460-0008 愛知県名古屋市中区栄5-26-39　TEL 090-2283-7716

以上です。
井ノ口""",
                },
            }
        ],
    },
]

MESSAGES += [
    {
        "id": "trading-013",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "来日する台湾バイヤー5名の生年月日・携帯・個人メールを「・」箇条書きでホテルへ",
        "charset": "iso-2022-jp",
        "sender": "藤堂 健 <k-todo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 <reserve@sakura-hotel.jp>"],
        "subject": "団体予約（日の出産業／台湾ご招待客）宿泊者のご連絡",
        "body": """\
さくらホテル
宿泊予約課 ご担当者様

いつもお世話になっております。日の出産業の藤堂でございます。
先日仮予約いたしました11月18日〜20日、シングル5室の件、
宿泊者が確定しましたのでご連絡いたします。
皆様日本語は片言ですので、チェックイン時は英語か中国語での対応をお願いできればと思います。

・林 志明（LIN CHIH-MING）　1972年4月8日生
　携帯 +886-912-345-078　lin.chihming@gmail.com
・陳 怡君（CHEN YI-CHUN）　1985年12月19日生
　携帯 +886-933-218-640　yichun.chen1219@yahoo.com.tw
・黄 建宏（HUANG CHIEN-HUNG）　1979年6月2日生
　携帯 +886-921-604-557　hch790602@gmail.com
・張 雅婷（CHANG YA-TING）　1990年9月14日生
　携帯 +886-955-770-813　yating.chang@hotmail.com
・呉 俊傑（WU CHUN-CHIEH）　1983年1月27日生
　携帯 +886-918-442-306　wucc0127@gmail.com

お支払いは弊社への一括請求でお願いいたします。

藤堂 健
日の出産業株式会社 海外事業部 アジア営業課
TEL 03-5201-7722""",
    },
    {
        "id": "trading-014",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "米国展示会のバッジ登録で6名の氏名・メール・携帯を英文本文で主催者へ",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Exhibitor Services <exhibitors@ipx-expo-registration.com>"],
        "subject": "Booth #4127 Hinode Sangyo - exhibitor badge registration (6 persons)",
        "body": """\
Hello,

We could not complete the badge registration on the exhibitor portal (the page
times out after the 3rd person), so I am sending the list by e-mail as your
help desk suggested. Booth #4127, Hinode Sangyo Co., Ltd.

1. Isao Usami - General Manager - i-usami@hinode-sangyo.co.jp - mobile +81-90-6612-0438
2. Yuko Noda - Export Sales - y-noda@hinode-sangyo.co.jp - mobile +81-80-2291-5706
3. Satoshi Ayukawa - Engineer - s-ayukawa@hinode-sangyo.co.jp - mobile +81-90-8834-1129
4. Tomoko Hirasawa - Marketing - t-hirasawa@hinode-sangyo.co.jp - mobile +81-70-4410-9932
5. Daniel Kroeger - Sales Agent (US) - dkroeger.sales@gmail.com - mobile +1-312-555-0182
6. Mariko Sugai - Interpreter - mariko.sugai.interp@outlook.jp - mobile +81-80-7723-4561

Please send the badge confirmations to me. Thank you!

""" + SIG_NODA_EN,
    },
    {
        "id": "trading-015",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "帰任者5名の和暦生年月日・帰国後住所・電話を全角空白揃えの表で引越業者へ",
        "charset": "shift_jis",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["日本海外引越センター 久我様 <kuga@nk-hikkoshi.co.jp>"],
        "subject": "Re: 3月帰任 引越 搬入先のご連絡",
        "body": """\
久我様

お世話になっております。日の出産業の真壁です。
搬入先のご確認ありがとうございました。帰任者5名の搬入先（帰国後住所）と
連絡先は以下のとおりです。家財の通関時に生年月日が必要とのことでしたので併記します。

氏名　　　　生年月日　　　　　　搬入先住所　　　　　　　　　　　　　　　　電話
－－－－－　－－－－－－－－－　－－－－－－－－－－－－－－－－－－－－　－－－－－－－－－－－
井ノ口浩二　昭和５２年７月２１日　神奈川県横浜市中区山下町１１８－３－８０６　０９０－４４７１－２２３０
久保寺亜矢　平成３年２月１１日　　東京都武蔵野市吉祥寺本町２－９－１４　　　０８０－３３０６－１１８７
大鷹純一　　昭和６０年１０月５日　埼玉県さいたま市浦和区高砂３－１２－９　　０９０－６６２８－４０１５
南雲千晶　　平成元年５月２９日　　千葉県千葉市中央区中央４－５－１－１１０２　０７０－５５１９－３３４８
苫米地恒　　昭和４９年１２月１７日　愛知県名古屋市中区栄５－２６－３９　　　　０９０－２２８３－７７１６

搬入日は各人と直接ご調整ください。よろしくお願いいたします。

""" + SIG_MAKABE + """

> 真壁様
> 搬入先住所と、通関書類用に生年月日をお知らせいただけますでしょうか。
> 日本海外引越センター 久我""",
    },
    {
        "id": "trading-016",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "帰任者5名の別送品申告用（旅券番号・帰国便・国内住所）を旧形式XLSで通関業者へ",
        "charset": "shift_jis",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["みなと通関 航空部 <air@minato-tsukan.co.jp>"],
        "subject": "別送品（引越荷物）通関のお願い　3月帰任者5名",
        "body": """\
みなと通関株式会社
航空部 ご担当者様

いつもお世話になっております。日の出産業 物流・通関Gの石黒です。
3月帰任者5名の別送品について、輸入通関をお願いしたく
申告に必要な情報をExcel（xls）でお送りします。
「携帯品・別送品申告書」の写しは各人が入国時に受け取り次第、
PDFで追送いたします。

""" + SIG_ISHIGURO,
        "attachments": [
            {
                "kind": "xls",
                "name": "bessouhin_3gatsu.xls",
                "sheets": {
                    "別送品": [
                        ["氏名", "旅券番号", "帰国便", "帰国日", "国内住所", "個数"],
                        ["井ノ口 浩二", "TK5520814", "NH850", "2026/03/14", "神奈川県横浜市中区山下町118-3-806", "14"],
                        ["久保寺 亜矢", "TR7738201", "JL34", "2026/03/21", "東京都武蔵野市吉祥寺本町2-9-14", "6"],
                        ["大鷹 純一", "TZ0945562", "JL34", "2026/03/21", "埼玉県さいたま市浦和区高砂3-12-9", "11"],
                        ["南雲 千晶", "MS2286730", "TG682", "2026/03/28", "千葉県千葉市中央区中央4-5-1-1102", "5"],
                        ["苫米地 恒", "TH6619048", "NH808", "2026/03/28", "愛知県名古屋市中区栄5-26-39", "22"],
                    ]
                },
            }
        ],
    },
    {
        "id": "trading-017",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ベトナム商用ビザ申請5名分（旅券・生年月日・住所・携帯）を1人1ブロックでビザ代行へ",
        "charset": "shift_jis",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["ビザナビ 法人窓口 <houjin@visa-navi.jp>"],
        "subject": "ベトナム商用ビザ（3か月マルチ）申請 5名分",
        "body": """\
株式会社ビザナビ
法人窓口 ご担当者様

いつもお世話になっております。日の出産業 総務部の原口です。
ベトナム商用ビザ（3か月マルチ）の申請を5名分お願いいたします。
申請書記入に必要な情報は以下のとおりです。

【1】百瀬 隼人（MOMOSE HAYATO）
　生年月日：1992年9月5日　旅券番号：TR8451093
　発行日：2022年4月11日　有効期限：2032年4月11日
　住所：埼玉県さいたま市浦和区常盤7-3-21　携帯：090-4402-6678

【2】小野寺 奈々（ONODERA NANA）
　生年月日：1996年4月22日　旅券番号：TZ3307625
　発行日：2023年1月20日　有効期限：2033年1月20日
　住所：東京都杉並区阿佐谷南1-27-4　携帯：080-1145-9926

【3】丹羽 誠一郎（NIWA SEIICHIRO）
　生年月日：1970年12月1日　旅券番号：MS9920174
　発行日：2019年8月2日　有効期限：2029年8月2日
　住所：神奈川県横浜市青葉区美しが丘4-9-12　携帯：090-7781-0362

【4】鰐淵 和子（WANIBUCHI KAZUKO）
　生年月日：1980年2月14日　旅券番号：TK1187346
　発行日：2021年11月9日　有効期限：2031年11月9日
　住所：千葉県船橋市本町5-11-8-302　携帯：070-8863-2015

【5】茅根 泰司（CHINONE YASUSHI）
　生年月日：1974年3月30日　旅券番号：TH4403981
　発行日：2020年6月15日　有効期限：2030年6月15日
　住所：茨城県つくば市竹園2-7-11　携帯：090-1958-3372

旅券原本は明日バイク便で御社へお届けします。
受領後、受付票をお送りいただけますと幸いです。

""" + SIG_HARAGUCHI,
    },
    {
        "id": "trading-018",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "赴任者6名の留守宅手当振込先口座をタブ区切りで銀行の担当者へ",
        "charset": "iso-2022-jp",
        "sender": "宮地 隆 <t-miyaji@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 法人営業 <hojin-nihonbashi@midori-ginko.co.jp>"],
        "subject": "留守宅手当 振込先の追加登録について",
        "body": """\
みどり銀行 日本橋支店
法人営業課 皆川様

いつもお世話になっております。日の出産業 経理部の宮地です。
総合振込の振込先マスタに、以下6名（海外赴任者の留守宅手当）の追加登録を
お願いできますでしょうか。初回振込は11月25日を予定しております。

氏名	金融機関	支店	種別	口座番号	口座名義（カナ）
栗原 翔太	みどり銀行	豊洲支店	普通	4481207	クリハラ サナエ
磯部 啓介	東都信用金庫	武蔵小杉支店	普通	0192834	イソベ サキ
汐見 大輔	みどり銀行	浦安支店	普通	5527761	シオミ ルミ
甲斐田 陽介	なにわ銀行	豊中支店	普通	3308415	カイダ ヨウスケ
磯貝 里沙	なにわ銀行	西宮支店	普通	1174692	イソガイ リサ
戸叶 孝	東都信用金庫	町田支店	当座	0048813	トガノウ ユミ

何卒よろしくお願いいたします。

""" + SIG_MIYAJI,
    },
    {
        "id": "trading-019",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "団体航空券の9名分（生年月日・旅券番号・有効期限）をテキスト＋HTMLで旅行会社へ",
        "charset": "utf-8",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["星空トラベル 法人営業部 <corp-desk@hoshizora-travel.co.jp>"],
        "subject": "【発券依頼】メキシコ ケレタロ出張 9名（1/19発）",
        "body": """\
星空トラベル 法人営業部 御中

お世話になっております。日の出産業 総務の原口です。
ケレタロ工場立上げ支援の団体航空券について、発券をお願いします。
APIS登録のため旅券情報を記載します。

1 甲斐田 陽介 KAIDA YOSUKE 1986/07/02 TR3318842 2030/10/14
2 茅根 泰司 CHINONE YASUSHI 1974/03/30 TH4403981 2030/06/15
3 宇佐美 功 USAMI ISAO 1968/03/15 MS1076625 2029/02/08
4 鮎川 智 AYUKAWA SATOSHI 1983/09/24 TZ5569013 2033/05/27
5 栃尾 勝也 TOCHIO KATSUYA 1991/11/11 TK2290457 2031/12/01
6 蓮見 ひとみ HASUMI HITOMI 1995/05/05 TS7781203 2034/03/18
7 御手洗 亘 MITARAI WATARU 1977/02/28 TR6640915 2028/09/09
8 瀬能 敦 SENO ATSUSHI 1989/08/13 MU1502278 2032/07/21
9 久慈 真央 KUJI MAO 1998/12/24 TZ8834106 2034/11/02

同じ内容をHTML版にも表で記載しています。
""" + SIG_HARAGUCHI,
        "html": """\
<html><body>
<p>星空トラベル 法人営業部 御中</p>
<p>お世話になっております。日の出産業 総務の原口です。<br>
ケレタロ工場立上げ支援の団体航空券について、発券をお願いします。<br>
APIS登録のため旅券情報を記載します。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>No</th><th>氏名</th><th>ローマ字</th><th>生年月日</th><th>旅券番号</th><th>有効期限</th></tr>
<tr><td>1</td><td>甲斐田 陽介</td><td>KAIDA YOSUKE</td><td>1986/07/02</td><td>TR3318842</td><td>2030/10/14</td></tr>
<tr><td>2</td><td>茅根 泰司</td><td>CHINONE YASUSHI</td><td>1974/03/30</td><td>TH4403981</td><td>2030/06/15</td></tr>
<tr><td>3</td><td>宇佐美 功</td><td>USAMI ISAO</td><td>1968/03/15</td><td>MS1076625</td><td>2029/02/08</td></tr>
<tr><td>4</td><td>鮎川 智</td><td>AYUKAWA SATOSHI</td><td>1983/09/24</td><td>TZ5569013</td><td>2033/05/27</td></tr>
<tr><td>5</td><td>栃尾 勝也</td><td>TOCHIO KATSUYA</td><td>1991/11/11</td><td>TK2290457</td><td>2031/12/01</td></tr>
<tr><td>6</td><td>蓮見 ひとみ</td><td>HASUMI HITOMI</td><td>1995/05/05</td><td>TS7781203</td><td>2034/03/18</td></tr>
<tr><td>7</td><td>御手洗 亘</td><td>MITARAI WATARU</td><td>1977/02/28</td><td>TR6640915</td><td>2028/09/09</td></tr>
<tr><td>8</td><td>瀬能 敦</td><td>SENO ATSUSHI</td><td>1989/08/13</td><td>MU1502278</td><td>2032/07/21</td></tr>
<tr><td>9</td><td>久慈 真央</td><td>KUJI MAO</td><td>1998/12/24</td><td>TZ8834106</td><td>2034/11/02</td></tr>
</table>
<p>原口 由紀<br>日の出産業株式会社 総務部 総務課<br>TEL: 03-5201-7702</p>
</body></html>""",
    },
    {
        "id": "trading-020",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "返信の新しい本文に出張者5名の氏名・携帯（空港送迎用）、引用部は質問のみ",
        "charset": "utf-8",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": ["Ravi Subramanian <ravi.s@chennai-autoparts.in>"],
        "subject": "Re: Airport pick-up on 24 Feb",
        "body": """\
Dear Ravi,

Thank you for arranging the cars. Here are the five members of our team and their mobile
numbers (all with international roaming) so that your drivers can call them
at the arrival hall of MAA.

- Takuya Shimazaki  +81 90 3318 5527
- Wataru Mitarai    +81 90 6205 1873
- Satoshi Ayukawa   +81 90 8834 1129
- Hitomi Hasumi     +81 70 3392 6618
- Atsushi Seno      +81 80 9915 0374

They arrive by SQ 528 at 22:35; two cars should be enough. I will join
the team two days later and will take a taxi myself.

""" + SIG_TODO_EN + """

On Tue, 17 Feb 2026 at 14:03, Ravi Subramanian <ravi.s@chennai-autoparts.in> wrote:
> Dear Todo-san,
> Could you share the names and mobile numbers of your team so that our
> drivers can reach them at the airport?
> Regards, Ravi""",
    },
    {
        "id": "trading-021",
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "氏名列なしのCSV（性別・生年月日・旅券番号）7行＝7人分のAPIS情報を航空会社団体デスクへ",
        "charset": "utf-8",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["SkyAsia Group Desk Japan <groupdesk-jp@skyasia-air.com>"],
        "subject": "PNR 6K4TQZ APIS data (7 pax)",
        "body": """\
SkyAsia航空 団体デスク ご担当者様

お世話になっております。日の出産業の原口です。
PNR 6K4TQZ（1月19日 NRT-SIN）のAPIS情報をCSVでお送りします。
氏名は予約時にお送りしたリストの順番どおりです（行番号が対応します）。

""" + SIG_HARAGUCHI,
        "attachments": [
            {
                "kind": "csv",
                "name": "APIS_6K4TQZ.csv",
                "encoding": "utf-8",
                "rows": [
                    ["seq", "sex", "date_of_birth", "nationality", "passport_no", "passport_expiry"],
                    ["1", "M", "1986-07-02", "JPN", "TR3318842", "2030-10-14"],
                    ["2", "M", "1974-03-30", "JPN", "TH4403981", "2030-06-15"],
                    ["3", "M", "1968-03-15", "JPN", "MS1076625", "2029-02-08"],
                    ["4", "M", "1983-09-24", "JPN", "TZ5569013", "2033-05-27"],
                    ["5", "F", "1995-05-05", "JPN", "TS7781203", "2034-03-18"],
                    ["6", "M", "1977-02-28", "JPN", "TR6640915", "2028-09-09"],
                    ["7", "F", "1998-12-24", "JPN", "TZ8834106", "2034-11-02"],
                ],
            }
        ],
    },
]

# ---------------------------------------------------------------------------------------
# My Number, cards, identity documents (stop, even for one person)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-022",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "出国する赴任者本人と配偶者の個人番号を本文で税理士法人へ",
        "charset": "iso-2022-jp",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["あおぞら税理士法人 宇津木様 <utsugi@aozora-tax.jp>"],
        "subject": "出国時の準確定申告（磯貝）について",
        "body": f"""\
あおぞら税理士法人
宇津木 様

お世話になっております。日の出産業の真壁です。
9月22日にバンコクへ出国した磯貝の準確定申告につき、ご依頼のあった
マイナンバーをお知らせします。

　本人　磯貝 里沙　個人番号 {my_number(2201)}
　配偶者　磯貝 航　個人番号 {my_number(2202)}

源泉徴収票と生命保険料控除証明書は本日郵送しました。
委任状は本人が現地から署名して返送する予定です。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-023",
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "法人カード番号・有効期限をシンガポールのホテルへ英文で（保証用）",
        "charset": "utf-8",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": ["Front Office <reservations@marinabay-suites.com.sg>"],
        "subject": "Guarantee for booking MBS-778120 (Mr. Isao Usami)",
        "body": f"""\
Dear Reservations team,

Please guarantee the following booking with our corporate card.

Booking no.: MBS-778120
Guest: Mr. Isao Usami, 2 nights from 9 March
Card holder: HINODE SANGYO CO LTD / KEN TODO
Card number: {card_number(2301)}
Expiry: 08/28

The online form rejected the card for some reason, so I hope this is fine.
Room and breakfast to the card; incidentals to be settled by the guest.

""" + SIG_TODO_EN,
    },
    {
        "id": "trading-024",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "インド電子ビザ申請のため1名の旅券番号・生年月日をビザ代行へ",
        "charset": "shift_jis",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["ビザナビ 法人窓口 <houjin@visa-navi.jp>"],
        "subject": "インド e-Business Visa 代行申請（1名）",
        "body": """\
ビザナビ 法人窓口
ご担当者様

お世話になっております。日の出産業 総務の原口です。
インドのe-Business Visaの代行申請を1名分お願いします。

氏名：瀬能 敦（SENO ATSUSHI）
生年月日：1989年8月13日
旅券番号：MU1502278
旅券発行日：2022年7月21日（有効期限：2032年7月21日）
渡航目的：取引先（チェンナイ）との技術打合せ
入国予定：2026年2月24日　チェンナイ空港

顔写真と旅券のスキャンは、本人から直接アップロードさせます。

""" + SIG_HARAGUCHI,
    },
    {
        "id": "trading-025",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "ベトナム人社員1名の在留カード番号・生年月日を行政書士へ（在留期間更新）",
        "charset": "iso-2022-jp",
        "sender": "岡部 千尋 <c-okabe@hinode-sangyo.co.jp>",
        "to": ["佐藤行政書士事務所 佐藤先生 <sato@sato-gyosei.jp>"],
        "subject": "在留期間更新許可申請（グエン）のご依頼",
        "body": """\
佐藤先生

いつもお世話になっております。日の出産業の岡部です。
弊社貿易業務課のグエンの在留期間更新について、今回もお願いできればと存じます。

　氏名：NGUYEN THI LAN（グエン・ティ・ラン）
　生年月日：1995年11月3日
　在留資格：技術・人文知識・国際業務
　在留カード番号：UH48201736EA
　在留期限：2026年1月31日

雇用契約書の写しと課税証明書は本人が準備中です。
会社側の書類（登記事項証明書、決算書）は今週中にお送りいたします。

""" + SIG_OKABE,
    },
    {
        "id": "trading-026",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "赴任者1名の運転免許証番号・生年月日を現地免許切替のためタイの移転支援会社へ",
        "charset": "utf-8",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["Bangkok Relocation Services <jp-desk@bkk-relocation.co.th>"],
        "subject": "タイ運転免許への切替サポート依頼（栗原）",
        "body": """\
Bangkok Relocation Services
日本人デスク ご担当者様

お世話になっております。日の出産業 海外人事の真壁です。
1月着任の栗原について、タイ運転免許への切替サポートをお願いします。
翻訳証明の申請に必要とのことでしたので、日本の免許情報をお知らせします。

氏名：栗原 翔太
生年月日：1988年6月18日
運転免許証番号：301904527718
有効期限：2029年7月18日
種類：普通・準中型

免許証の両面コピーは着任後に本人からお渡しします。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-027",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "社会保障協定の適用証明書申請で2名の基礎年金番号・生年月日を社労士へ",
        "charset": "iso-2022-jp",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["田中社会保険労務士事務所 <office@tanaka-sr.jp>"],
        "subject": "日米社会保障協定 適用証明書交付申請（2名）",
        "body": """\
田中社会保険労務士事務所
田中 先生

お世話になっております。日の出産業の真壁です。
米国（シカゴ）へ赴任予定の2名について、適用証明書の交付申請をお願いします。

1. 宇佐美 功　昭和43年3月15日生
   基礎年金番号 4471-802356
   派遣期間 2026年4月1日〜2029年3月31日（予定）

2. 平沢 智子　平成元年11月30日生
   基礎年金番号 5128-337094
   派遣期間 2026年4月1日〜2028年3月31日（予定）

事業所整理記号は前回の申請と同じです。
申請書のドラフトができましたらご確認のためお送りいただけますと助かります。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-028",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "海外療養費の請求で健康保険証の記号・番号と現地での診断名（虫垂炎手術）を健保組合へ",
        "charset": "shift_jis",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["関東商事健康保険組合 給付課 <kyufu@kanto-shoji-kenpo.or.jp>"],
        "subject": "海外療養費支給申請の事前相談（ジャカルタ駐在員）",
        "body": """\
関東商事健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業 人事部の真壁です。
ジャカルタ駐在員が現地で入院・手術を受けましたので、海外療養費の申請について
事前にご相談させてください。

被保険者：汐見 大輔
保険証　記号 8012　番号 417
傷病名：急性虫垂炎（腹腔鏡下虫垂切除術）
受診期間：2025年11月2日〜11月6日（入院5日間）
医療機関：Siloam Hospitals Kebon Jeruk
支払額：IDR 48,750,000

診療内容明細書と領収明細書の翻訳は、現地で用意したものでよいでしょうか。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-029",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "赴任者の扶養親族3名の個人番号入りXLSXを給与計算の委託先へ",
        "charset": "utf-8",
        "sender": "宮地 隆 <t-miyaji@hinode-sangyo.co.jp>",
        "to": ["ペイロールパートナーズ 運用チーム <ops@payroll-partners.co.jp>"],
        "subject": "扶養控除等申告書の変更（海外赴任者 汐見）",
        "body": """\
ペイロールパートナーズ株式会社
運用チーム ご担当者様

お世話になっております。日の出産業 経理部の宮地です。
ジャカルタ赴任中の汐見について、扶養親族の異動がありましたので
変更内容をExcelでお送りします。12月の給与計算から反映をお願いします。
（非居住者期間の取扱いは前回ご相談したとおりです）

""" + SIG_MIYAJI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "扶養親族異動_汐見.xlsx",
                "sheets": {
                    "扶養親族": [
                        ["扶養控除等申告書 変更内容", "", "", "", ""],
                        ["続柄", "氏名", "生年月日", "個人番号", "異動内容"],
                        ["妻", "汐見 ルミ", "1982/01/09", my_number(2901), "変更なし"],
                        ["長女", "汐見 楓", "2012/12/02", my_number(2902), "変更なし"],
                        ["長男", "汐見 蒼", "2025/10/14", my_number(2903), "出生により追加"],
                    ]
                },
            }
        ],
    },
    {
        "id": "trading-030",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "中国ビザ申請書PDF（1名の旅券番号・生年月日・住所・電話）をビザ申請サービスへ",
        "charset": "iso-2022-jp",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["中国ビザ申請サポート <apply@cn-visa-support.jp>"],
        "subject": "Mビザ申請書（入力済）送付　宇佐美",
        "body": """\
中国ビザ申請サポート
ご担当者様

お世話になっております。日の出産業の原口です。
宇佐美のMビザ申請書を入力しましたので、PDFでお送りします。
内容にご不備がないかご確認のうえ、申請日の予約をお願いいたします。

""" + SIG_HARAGUCHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "visa_application_USAMI.pdf",
                "title": "中華人民共和国査証申請表",
                "lines": [
                    "中華人民共和国査証申請表（入力控え）",
                    "1.1 姓：USAMI　名：ISAO　漢字氏名：宇佐美 功",
                    "1.4 性別：男　1.5 生年月日：1968年3月15日",
                    "1.9 旅券種類：一般旅券　1.10 旅券番号：MS1076625",
                    "1.11 発行日：2019年2月8日　1.12 有効期限：2029年2月8日",
                    "1.18 現住所：東京都練馬区石神井町6-14-22",
                    "1.19 電話：090-6612-0438",
                    "1.21 勤務先：日の出産業株式会社 海外事業部 部長",
                    "2.1 訪問目的：商業貿易（M）　2.2 入国予定日：2026年1月12日",
                    "2.5 中国での連絡先：上海華信貿易有限公司 王磊",
                ],
            }
        ],
    },
    {
        "id": "trading-031",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "ドバイのホテルにビザ手配のため2名の旅券番号・生年月日を英文で",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Guest Relations <visa.desk@creekside-hotel-dubai.ae>"],
        "subject": "Visa assistance for 2 guests - arrival 2 Dec (conf. 55102934)",
        "body": """\
Dear Guest Relations,

Further to your e-mail, here are the passport details of our two guests who need
the hotel-sponsored visit visa. Passport scans will follow once the guests are back
in the office.

Guest 1
  Name: ISAO USAMI
  Date of birth: 15 March 1968
  Nationality: Japanese
  Passport no.: MS1076625, expiry 08 Feb 2029

Guest 2
  Name: YUKO NODA
  Date of birth: 07 July 1991
  Nationality: Japanese
  Passport no.: TK6603159, expiry 14 Aug 2030

Confirmation no. 55102934, 2 - 5 December, two Deluxe rooms.

""" + SIG_NODA_EN + "\n\n" + DISC_EN,
    },
]

# ---------------------------------------------------------------------------------------
# 要配慮個人情報 of one identifiable person (stop)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-032",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "赴任者の子の自閉スペクトラム症の診断と支援内容を英文でバンコクのインターナショナルスクールへ",
        "charset": "utf-8",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["Admissions Office <admissions@lotus-intl-school.ac.th>"],
        "subject": "Application for Grade 3 - Minato Kurihara (learning support)",
        "body": """\
Dear Admissions Office,

I am writing on behalf of our employee, Mr. Shota Kurihara, who will be relocating
to Bangkok in January with his family.

His son, Minato Kurihara (date of birth: 3 March 2016), would join Grade 3.
Minato was diagnosed with autism spectrum disorder (ASD) at the age of four and
currently receives one-to-one support for two hours a week at his school in Tokyo.
He also has mild hearing loss in the left ear and uses a hearing aid in class.
The family would like to know whether your Learning Support Department can offer
a similar programme, and whether an assessment visit can be arranged on 8 January.

The report from his developmental paediatrician will be sent by the parents directly.

Sincerely,
Saori Makabe
Global HR, Hinode Sangyo Co., Ltd.
+81-3-5201-7705""",
    },
    {
        "id": "trading-033",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "駐在員1名の持病（1型糖尿病・インスリン治療）を医療アシスタンス会社へ",
        "charset": "iso-2022-jp",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["グローバルアシスト メディカル <medical-jp@global-assist.com>"],
        "subject": "新任駐在員の現地医療機関ご紹介のお願い（ハノイ）",
        "body": """\
グローバルアシスト株式会社
メディカルサービス ご担当者様

お世話になっております。日の出産業の真壁です。
来月ハノイに赴任する社員について、現地でかかりつけにできる医療機関の
ご紹介をお願いしたくご連絡しました。本人の同意は得ております。

　氏名：茅根 泰司（男性）
　生年月日：1974年3月30日
　既往・持病：1型糖尿病（20代で発症、インスリン自己注射）
　　　　　　　2023年に低血糖発作で救急搬送歴あり
　服薬：インスリン製剤2種、降圧剤

インスリンの現地調達が可能か、日本語対応の医師がいるかも併せて
ご教示いただけますと幸いです。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-034",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "赴任前健康診断の結果（所見・要精密検査）PDFを1名分、タイ現地法人（社外ドメイン）へ",
        "charset": "shift_jis",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["Somchai Wongsakul <somchai.w@hns-thailand.co.th>"],
        "subject": "赴任前健診結果（磯貝）送付／Pre-assignment health check",
        "body": """\
Somchai-san

お疲れさまです。本社人事の真壁です。
9月着任の磯貝さんの赴任前健康診断結果をお送りします。
現地の労働許可申請で健康診断書が必要とのことでしたので、結果票をPDFにしました。
（Please find attached the health check result of Ms. Isogai for the work permit.）

要精密検査の項目があるため、着任後1か月以内に現地病院での再検査を
手配いただけますでしょうか。

""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "健診結果_磯貝里沙.pdf",
                "title": "海外派遣前健康診断 結果票",
                "lines": [
                    "海外派遣前健康診断 結果票",
                    "受診者：磯貝 里沙　生年月日：1993年4月17日　受診日：2025年8月5日",
                    "身長 158.2cm　体重 51.0kg　BMI 20.4",
                    "血圧 148/96 mmHg（判定 C：要経過観察）",
                    "AST 62 / ALT 88 / γ-GTP 121（判定 D：要精密検査　脂肪肝の疑い）",
                    "胸部X線：異常なし　心電図：洞性徐脈（判定 B）",
                    "B型肝炎抗体：陰性（赴任前ワクチン接種推奨）",
                    "総合判定：D　肝機能について消化器内科での精密検査を要する",
                    "医療法人社団 日本橋健診クリニック",
                ],
            }
        ],
    },
    {
        "id": "trading-035",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "出張中の社員が現地警察に逮捕された件（氏名・生年月日・旅券番号）を法律事務所へ",
        "charset": "iso-2022-jp",
        "sender": "東 恵理 <e-azuma@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "【至急】出張者の現地での身柄拘束について",
        "body": """\
白川先生

日の出産業 法務部の東でございます。
急ぎご相談させていただきたく、メールにて失礼いたします。

昨夜（現地時間11月12日 23時頃）、ホーチミン出張中の当社社員が
交通事故に関連して現地警察に逮捕され、現在も身柄を拘束されております。

　氏名：栃尾 勝也（とちお かつや）
　生年月日：1991年11月11日
　旅券番号：TK2290457
　状況：運転中の接触事故で相手方バイク運転者が負傷、業務上過失傷害の容疑
　現地法人が弁護士を手配中、在ホーチミン日本国総領事館には連絡済み

現地弁護士との連携と、当社としての対応方針についてご助言いただけますでしょうか。
本日15時以降でしたらお電話でも対応可能です。

""" + SIG_AZUMA,
    },
    {
        "id": "trading-036",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "帯同配偶者の適応障害（通院中）による早期帰国を移転支援会社へ",
        "charset": "utf-8",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["グローバルムーブ 片桐様 <katagiri@global-move.co.jp>"],
        "subject": "磯部家 家族先行帰国の手配について",
        "body": """\
片桐様

お世話になっております。日の出産業の真壁です。
ホーチミン駐在の磯部の件で、ご家族の先行帰国の手配をお願いしたくご連絡しました。

配偶者の磯部 紗季さんが、赴任後に適応障害と診断され、
現在は現地のクリニックで月2回のカウンセリングと投薬を受けています。
主治医から日本での治療継続を勧められたため、12月中旬に紗季さんのみ
先行して帰国することになりました。

・航空便の荷物（30kg程度）の手配
・東京の実家（目黒区）への配送
・現地アパートは本人（磯部）が引き続き居住

ご家族の体調のこともあり、連絡は本人（磯部）経由でお願いいたします。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-037",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "駐在員が強盗被害に遭った件（犯罪被害・負傷）を保険会社の事故受付へ",
        "charset": "shift_jis",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["東海海上火災 海外旅行保険 事故受付 <claim-overseas@tokai-kaijo.co.jp>"],
        "subject": "事故報告：メキシコ駐在員 強盗被害（証券番号 OT-2025-0081377）",
        "body": """\
東海海上火災保険株式会社
海外旅行保険 事故受付 ご担当者様

お世話になっております。日の出産業 総務部の原口です。
弊社の長期海外旅行保険の被保険者について、事故のご報告をいたします。

証券番号：OT-2025-0081377
被保険者：甲斐田 陽介（ケレタロ駐在）
発生日時：2025年12月6日 20時頃（現地時間）
状況：帰宅途中に路上で刃物を持った2人組に襲われ、携帯電話・財布・ノートPCを強奪された。
　　　抵抗した際に左腕を切られ、現地病院で7針縫合。
　　　現地警察に被害届を提出済み（届出番号 QRO/FGE/2025/11482）

治療費と携行品損害の請求書類についてご案内をお願いいたします。

""" + SIG_HARAGUCHI,
    },
]

# ---------------------------------------------------------------------------------------
# Three or more external parties visible to each other (stop)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-038",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "事務所移転の案内をフォワーダー・通関業者・顧客8社にToで一斉送信（Bccにすべき）",
        "charset": "iso-2022-jp",
        "sender": "松永 亮介 <r-matsunaga@hinode-sangyo.co.jp>",
        "to": [
            "青葉運輸 国際物流部 <kokusai@aoba-unyu.co.jp>",
            "みなと通関 <info@minato-tsukan.co.jp>",
            "海運エクスプレス 営業部 <sales@kaiun-express.co.jp>",
            "川崎電機 資材部 <shizai@kawasaki-denki.co.jp>",
            "北国フーズ 輸入課 <yunyu@kitaguni-foods.co.jp>",
            "オーシャンブリッジ <jp-sales@oceanbridge-logistics.com>",
            "東洋検数 <kensu@toyo-kensu.co.jp>",
            "錦印刷 総務部 <soumu@nishiki-insatsu.co.jp>",
        ],
        "subject": "海外事業部 貿易業務課 移転のお知らせ",
        "body": """\
お取引先各位

拝啓　時下ますますご清栄のこととお喜び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、このたび弊社海外事業部 貿易業務課は、業務拡大に伴い
下記のとおり移転することとなりましたのでお知らせいたします。

　　　　　　　　　　　　記

新住所：〒103-0027 東京都中央区日本橋3-8-2 日本橋サウスビル9F
新電話：03-5201-7800（代表）　FAX：03-5201-7890
業務開始日：2026年1月13日（火）

※船積書類・通関書類の送付先も上記へご変更ください。
※メールアドレスに変更はございません。

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

""" + SIG_MATSUNAGA,
    },
    {
        "id": "trading-039",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "荷受人・フォワーダー・米国通関業者・国内運送会社の4社がTo/Ccで互いに見える",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Mike Harlan <mharlan@dallas-industrial.com>"],
        "cc": [
            "Ocean Bridge Logistics Tokyo <export-tyo@oceanbridge-logistics.com>",
            "Lone Star Customs Brokerage <entries@lonestar-customs.com>",
            "青葉運輸 国際物流部 <kokusai@aoba-unyu.co.jp>",
        ],
        "subject": "Shipping schedule PO# DI-24-7781 / Inv. HNS-E-25-1142",
        "body": """\
Dear Mike,

Please find the shipping schedule for your PO# DI-24-7781 below.
I am copying all parties involved so that everyone works from the same information.

Vessel/Voy.: ONE HARMONY 087E
Port of loading: Tokyo    ETD: 12 Dec
Port of discharge: Houston    ETA: 14 Jan
Container: 2 x 40'HC  (TCNU 7715520 / SEGU 4480916)
B/L No.: OBLTYO2512034
Invoice: HNS-E-25-1142  USD 186,420.00 (CIF Houston)
HS code: 8504.40

Aoba Unyu will pick up the cargo at our Ibaraki plant on 8 Dec.
Lone Star, the ISF was filed yesterday; please confirm receipt.

""" + SIG_NODA_EN + "\n\n" + DISC_EN,
    },
    {
        "id": "trading-040",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "赴任者家族3名の私用アドレス（個人＝各1当事者）をToに並べて説明会案内",
        "charset": "iso-2022-jp",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": [
            "栗原 早苗 <sanae.kurihara89@gmail.com>",
            "磯部 紗季 <saki_isobe@yahoo.co.jp>",
            "汐見 ルミ <rumi.shiomi@icloud.com>",
        ],
        "subject": "【ご案内】赴任帯同ご家族向け説明会（12月6日）",
        "body": """\
赴任者ご家族の皆様

日の出産業 人事部 海外人事グループの真壁です。
ご主人のご赴任に伴い、ご家族向けの説明会を下記のとおり開催いたします。

日時：12月6日（土）10:00〜12:00
場所：本社6階 大会議室（オンライン参加も可能です）
内容：現地での生活・医療・学校、ビザ手続の流れ、引越しのスケジュール

ご出欠を12月1日までにこのメールへのご返信でお知らせください。
お子様連れでのご参加も歓迎です。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-041",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "展示会お礼メールを5社のバイヤーにToで同報（互いのアドレスが見える）",
        "charset": "utf-8",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": [
            "Anan Chaiyasit <anan@siamparts-trading.co.th>",
            "Nguyen Thanh Long <long.nt@saigon-mech.com.vn>",
            "Rina Kusuma <rina.kusuma@jaya-elektrik.co.id>",
            "Marco Reyes <mreyes@manila-industrial.ph>",
            "Tan Wei Ming <weiming.tan@lionbridge-supply.com.sg>",
        ],
        "subject": "Thank you for visiting our booth at METALEX 2025",
        "body": """\
Dear all,

Thank you very much for visiting the Hinode Sangyo booth at METALEX 2025 in Bangkok.
It was a pleasure to meet you and to introduce our new line of compact transformers.

As promised, our 2026 catalogue and the FOB Tokyo price list will be sent to each
of you separately next week. If you would like a sample, please let me know the
model number and the delivery address.

We hope to see you again soon.

""" + SIG_TODO_EN,
    },
]

# ---------------------------------------------------------------------------------------
# Look-alike recipient domains (stop)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-042",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "青葉運輸を装う aoba-unyu.com（TLD違い）の「振込口座変更」依頼に返信してしまう",
        "charset": "iso-2022-jp",
        "sender": "宮地 隆 <t-miyaji@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 経理部 大塚 <k.otsuka@aoba-unyu.com>"],
        "subject": "Re: 【重要】お振込先口座変更のお願い",
        "body": """\
青葉運輸株式会社
経理部 大塚様

お世話になっております。日の出産業 経理部の宮地です。
振込先口座変更のご連絡、承知いたしました。
11月分の海上運賃・通関諸掛（請求書番号 AU-INV-25110387、金額 3,482,600円）から
新しい口座へお振込みいたします。

念のため、変更後の口座名義が記載された請求書の再発行（PDF）を
お送りいただけますでしょうか。社内の支払承認に必要となります。

""" + SIG_MIYAJI + """

> 日の出産業株式会社 経理部 御中
> 弊社の取引銀行変更に伴い、今月分より下記口座へのお振込みをお願いいたします。
> 旧口座へのお振込みは受付できなくなりますのでご注意ください。
> 青葉運輸株式会社 経理部 大塚""",
    },
    {
        "id": "trading-043",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "川崎電機宛の船積書類を kawasaki-denkl.co.jp（iをlに）へ送付",
        "charset": "shift_jis",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["川崎電機 資材部 根岸様 <negishi@kawasaki-denkl.co.jp>"],
        "subject": "輸入貨物 到着案内および書類送付（INV# SH-88231）",
        "body": """\
川崎電機株式会社
資材部 根岸様

いつもお世話になっております。日の出産業 物流・通関Gの石黒です。
ご注文の中国製モーター部品について、到着案内をお送りします。

本船：SITC KEELUNG 2548N
B/L：SITSHA25K04417
到着：12月3日 東京港（大井）
数量：14 pallets / 6,820 kg
インボイス：SH-88231（USD 54,300.00）

輸入許可後、12月5日に青葉運輸にて御社厚木センターへ配送予定です。
Invoice／Packing List のコピーを添付いたします。

""" + SIG_ISHIGURO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "Invoice_PackingList_SH-88231.pdf",
                "lines": [
                    "COMMERCIAL INVOICE  No. SH-88231",
                    "Shipper: Shanghai Huaxin Trading Co., Ltd.",
                    "Consignee: Hinode Sangyo Co., Ltd. / Notify: Kawasaki Denki Co., Ltd.",
                    "Description: DC motor parts, HS 8503.00",
                ],
                "table": [
                    ["Item", "Part No.", "Qty", "Unit price", "Amount"],
                    ["1", "KM-220-A", "4,000", "USD 6.80", "USD 27,200.00"],
                    ["2", "KM-220-B", "3,000", "USD 7.50", "USD 22,500.00"],
                    ["3", "BR-15", "2,000", "USD 2.30", "USD 4,600.00"],
                    ["", "", "", "TOTAL", "USD 54,300.00"],
                ],
            }
        ],
    },
    {
        "id": "trading-044",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "信用状開設依頼をみどり銀行ではなく midori-ginkou.co.jp（1文字追加）へ",
        "charset": "utf-8",
        "sender": "宮地 隆 <t-miyaji@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 外為センター <gaitame@midori-ginkou.co.jp>"],
        "subject": "輸入信用状 開設依頼（タイ向け原材料）",
        "body": """\
みどり銀行 外国為替センター
ご担当者様

お世話になっております。日の出産業 経理部の宮地です。
下記の輸入信用状の開設をお願いいたします。開設依頼書の原本は本日発送しました。

受益者：Siam Parts Trading Co., Ltd.（Bangkok）
金額：USD 212,500.00
船積期限：2026年2月28日　有効期限：2026年3月15日
条件：FOB Laem Chabang、一覧払、分割船積不可
必要書類：B/L全通、Commercial Invoice 3通、Packing List、原産地証明書（Form AJ）

ご不明点がございましたらお知らせください。

""" + SIG_MIYAJI,
    },
    {
        "id": "trading-045",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "自社ドメインの類似 hinode-sangyou.co.jp 宛に出張者2名の情報（社内のつもり）",
        "charset": "iso-2022-jp",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["藤堂 健 <k-todo@hinode-sangyou.co.jp>"],
        "subject": "チェンナイ出張 航空券・ホテル確定",
        "body": """\
藤堂さん

お疲れさまです。総務の原口です。
チェンナイ出張の手配が確定しましたのでお知らせします。

・航空券：2/24 SQ637 NRT 17:25 → SIN / SQ528 SIN → MAA 22:35
・ホテル：The Residency Towers Chennai（2/24〜2/28、4泊）
・同行：瀬能 敦さん（1989/8/13生）、蓮見 ひとみさん（1995/5/5生）
　※生年月日はホテルの宿泊者登録用に先方へ伝える必要があるため記載しています

e-チケットは出発1週間前に旅行会社から届きます。

""" + SIG_HARAGUCHI,
    },
    {
        "id": "trading-046",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "さくらホテルの正規ドメイン sakura-hotel.jp ではなく sakura-hotel.com（TLD違い）へ予約",
        "charset": "shift_jis",
        "sender": "藤堂 健 <k-todo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.com>"],
        "subject": "海外代理店会議 会場・懇親会のご予約",
        "body": """\
さくらホテル
宴会予約ご担当者様

お世話になっております。日の出産業の藤堂です。
先日お電話でお問い合わせした海外代理店会議の件、正式にお願いいたします。

日程：2026年3月10日（火）
会議：13:00〜17:00　30名（スクール形式、同時通訳ブース2台）
懇親会：18:00〜20:00　35名（立食、ハラール対応料理を一部ご用意ください）
ご予算：お一人様 12,000円（税サ込）程度

お見積書を御社書式でお送りいただけますでしょうか。

藤堂 健
日の出産業株式会社 海外事業部 アジア営業課
TEL 03-5201-7722""",
    },
]

# ---------------------------------------------------------------------------------------
# Confidentiality markings (stop)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-047",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "ヘッダに「社外秘」の入った原価計算XLSXを販売代理店へ送付",
        "charset": "iso-2022-jp",
        "sender": "藤堂 健 <k-todo@hinode-sangyo.co.jp>",
        "to": ["関西貿易エージェント 木暮様 <kogure@kansai-boeki-agent.co.jp>"],
        "subject": "ベトナム向け見積の件（原価資料）",
        "body": """\
木暮様

お世話になっております。日の出産業の藤堂です。
ホーチミンの案件で値下げ余地を確認したいとのことでしたので、
参考までに弊社側の原価の内訳をお送りします。
この数字を前提に、先方への提示価格をご相談させてください。

藤堂 健
日の出産業株式会社 海外事業部 アジア営業課""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "原価内訳_HCM案件_v3.xlsx",
                "page_header": "社外秘",
                "sheets": {
                    "原価内訳": [
                        ["【社外秘】HCM案件 原価内訳（2025/11/20 版）", "", "", ""],
                        ["品目", "仕入単価(JPY)", "物流費(JPY)", "粗利率"],
                        ["TR-500 変圧器", 182000, 14500, "18.5%"],
                        ["TR-750 変圧器", 241000, 17800, "16.0%"],
                        ["CB-30 遮断器", 58400, 3200, "22.0%"],
                        ["保守部品一式", 96000, 2500, "35.0%"],
                    ],
                    "条件": [
                        ["為替前提", "1USD=148円"],
                        ["インコタームズ", "CIF Cat Lai"],
                        ["代理店手数料", "5%"],
                    ],
                },
            }
        ],
    },
    {
        "id": "trading-048",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "各ページに CONFIDENTIAL の入った販売戦略PDFを米国の代理店へ",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Daniel Kroeger <dkroeger@kroeger-sales-agency.com>"],
        "subject": "FY2026 North America pricing strategy - for our call on Thursday",
        "body": """\
Hi Daniel,

Ahead of Thursday's call, here is the pricing strategy deck our management
approved last week. Please have a look at pages 3-4 (the discount corridor for
distributors) - I'd like to hear your view on whether it works for the Midwest accounts.

Talk soon,
Yuko

""" + SIG_NODA_EN,
        "attachments": [
            {
                "kind": "pdf",
                "name": "NA_Pricing_Strategy_FY2026.pdf",
                "title": "North America Pricing Strategy FY2026",
                "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                "page_footer": "Confidential. Do not distribute outside Hinode Sangyo.",
                "lines": [
                    "North America Pricing Strategy FY2026",
                    "1. Market overview: distribution transformers, 10-500 kVA",
                    "2. Target margin by channel: OEM 14%, distributors 21%, direct 26%",
                    "3. Discount corridor for distributors: list -12% to -18%",
                    "4. Price increase April 2026: +4.5% (steel surcharge pass-through)",
                    "5. Key accounts: Dallas Industrial, Great Lakes Power Supply, Midwest Electric",
                ],
            }
        ],
    },
    {
        "id": "trading-049",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "本文冒頭に取扱区分「部外秘」を付けた現地法人の業績資料を外部コンサルへ",
        "charset": "shift_jis",
        "sender": "松永 亮介 <r-matsunaga@hinode-sangyo.co.jp>",
        "to": ["アジアビジネス研究所 大河内様 <okochi@asia-biz-research.jp>"],
        "subject": "ベトナム現地法人 上期実績（ご参考）",
        "body": """\
【取扱区分：部外秘】

大河内様

お世話になっております。日の出産業の松永です。
来週のワークショップに向けて、ベトナム現地法人の上期実績をお送りします。

売上高　　　　　　　VND 412.6 billion（前年同期比 +8.2%）
営業利益　　　　　　VND 21.4 billion（同 -11.5%）
主要顧客上位3社の売上構成比　62%
在庫回転日数　　　　74日（前期 61日）

下期は日系向けの価格改定交渉が山場となります。ご意見をいただけますと幸いです。

""" + SIG_MATSUNAGA,
    },
    {
        "id": "trading-050",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "「極秘」ヘッダのDOCX（タイ企業買収検討メモ）を法律事務所へ",
        "charset": "iso-2022-jp",
        "sender": "東 恵理 <e-azuma@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["白川法律事務所 国際チーム <intl@shirakawa-law.jp>"],
        "subject": "タイ案件 検討メモのご確認のお願い",
        "body": """\
白川先生

いつもお世話になっております。日の出産業 法務部の東です。
先日ご相談したタイの販売会社の株式取得について、社内検討メモを添付します。
外資規制（外国人事業法）の観点から、ストラクチャー案の問題点を
ご指摘いただけますでしょうか。

""" + SIG_AZUMA,
        "attachments": [
            {
                "kind": "docx",
                "name": "検討メモ_ProjectLotus.docx",
                "page_header": "極秘",
                "title": "Project Lotus 検討メモ",
                "paragraphs": [
                    "Project Lotus（タイ販売会社の株式取得）検討メモ",
                    "1. 対象会社：Siam Parts Trading Co., Ltd.（非上場）",
                    "2. 取得比率案：A案 49%＋優先株 / B案 BOI認可取得後 70%",
                    "3. 取得価格レンジ：THB 180〜220 million",
                    "4. 論点：外国人事業法上の規制業種該当性、既存ディストリビューター契約の承継",
                ],
            }
        ],
    },
    {
        "id": "trading-051",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "全スライドに Internal Only の入ったPPTX（物流再編計画）をフォワーダーへ",
        "charset": "utf-8",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際物流部 長谷部様 <hasebe@aoba-unyu.co.jp>"],
        "subject": "来期の輸出物流 再編案について",
        "body": """\
長谷部様

お世話になっております。日の出産業の石黒です。
来期の輸出物流の再編案（社内会議資料）を共有します。
茨城工場からの直送化と、横浜港への切替の部分について、
御社でどの程度対応可能か、来週お打合せできればと思います。

""" + SIG_ISHIGURO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "輸出物流再編案_FY2026.pptx",
                "page_footer": "Internal Only",
                "title": "FY2026 輸出物流再編案",
                "slides": [
                    ["FY2026 輸出物流再編案", "物流・通関グループ", "2025年11月 経営会議資料"],
                    ["現状の課題", "東京港の混雑による搬入待ち 平均1.8日", "倉庫経由の二重ハンドリング"],
                    ["再編案", "茨城工場から横浜港への直送化", "フォワーダーを2社から1社へ集約（入札予定）"],
                    ["効果試算", "物流費 年間 4,200万円削減", "リードタイム 2日短縮"],
                ],
            }
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Attachments that cannot be read (stop)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-052",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（船積書類、パスワード別送のPPAP）を中国の仕入先へ",
        "charset": "iso-2022-jp",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["上海華信貿易 単証部 <docs@huaxin-trading.com.cn>"],
        "subject": "船積書類（INV# HNS-E-25-1207）送付",
        "body": """\
上海華信貿易有限公司
単証部 ご担当者様

いつもお世話になっております。日の出産業の石黒です。
12月積みの船積書類一式をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

・Commercial Invoice / Packing List
・B/L コピー（Surrender）
・原産地証明書（Form E 申請控）

""" + SIG_ISHIGURO,
        "attachments": [
            {
                "kind": "zip",
                "name": "HNS-E-25-1207_shipping_docs.zip",
                "password": "Hns#1207sh",
                "files": [
                    {"kind": "pdf", "name": "Invoice_PL_HNS-E-25-1207.pdf",
                     "lines": ["COMMERCIAL INVOICE HNS-E-25-1207", "Transformer parts 8504.90"]},
                    {"kind": "pdf", "name": "BL_copy_OBLTYO2512077.pdf",
                     "lines": ["BILL OF LADING OBLTYO2512077 SURRENDERED"]},
                ],
            }
        ],
    },
    {
        "id": "trading-053",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード保護PDF（ビザ申請書類）を旅行会社へ、中身を検査できない",
        "charset": "shift_jis",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["星空トラベル 法人営業部 <corp-desk@hoshizora-travel.co.jp>"],
        "subject": "ウズベキスタン出張　ビザ申請書類一式（PDF）",
        "body": """\
星空トラベル 法人営業部
ご担当者様

お世話になっております。日の出産業の原口です。
ウズベキスタン出張のビザ申請書類一式をPDFでお送りします。
個人情報を含むため、PDFにパスワードを設定しています。
パスワードは後ほどお電話でお伝えします。

""" + SIG_HARAGUCHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "ビザ申請書類一式_ウズベキスタン.pdf",
                "password": "0312tashkent",
                "lines": ["査証申請書", "氏名 御手洗 亘", "旅券番号 TR6640915"],
            }
        ],
    },
    {
        "id": "trading-054",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "壊れたXLSX（ブッキング一覧）をフォワーダーへ、開けない添付",
        "charset": "utf-8",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["海運エクスプレス ブッキング <booking@kaiun-express.co.jp>"],
        "subject": "1月積み ブッキング依頼一覧",
        "body": """\
海運エクスプレス株式会社
ブッキングご担当者様

お世話になっております。日の出産業の石黒です。
1月積みのブッキング依頼一覧をお送りします（計11本）。
スペースが厳しい釜山トランシップの2本を優先でお願いします。

""" + SIG_ISHIGURO,
        "attachments": [
            {"kind": "corrupt", "name": "booking_request_Jan2026.xlsx"},
        ],
    },
    {
        "id": "trading-055",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "暗号化ZIP（給与明細）をパスワード同封で現地法人（社外ドメイン）へ",
        "charset": "utf-8",
        "sender": "宮地 隆 <t-miyaji@hinode-sangyo.co.jp>",
        "to": ["Nguyen Hoang Anh <anh.nh@hns-vietnam.com.vn>"],
        "subject": "Expat payroll Dec 2025 (HNS Vietnam) / 12月分 駐在員給与データ",
        "body": """\
Anh-san

お疲れさまです。本社経理の宮地です。
12月分の駐在員給与（現地払い分）のデータをお送りします。
Please find the December payroll data for the Japanese expatriates.

Password: VN-Dec2025-hns

Please process the local payment by 25 Dec.

宮地 隆 / Takashi Miyaji
Accounting Dept., Hinode Sangyo Co., Ltd.""",
        "attachments": [
            {
                "kind": "zip",
                "name": "expat_payroll_VN_202512.zip",
                "password": "VN-Dec2025-hns",
                "files": [
                    {"kind": "xlsx", "name": "payroll_202512.xlsx",
                     "sheets": {"Dec": [["Name", "Net (VND)"], ["NIWA SEIICHIRO", 88200000],
                                        ["ISOBE KEISUKE", 76400000]]}},
                ],
            }
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Ordinary trading mail that must go (pass)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-056",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "船積案内（B/L・コンテナ番号・インボイス番号・金額）を荷受人1社へ、個人情報なし",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Mike Harlan <mharlan@dallas-industrial.com>"],
        "subject": "Shipping advice - Inv. HNS-E-25-1188 / B/L OBLTYO2512061",
        "body": """\
Dear Mike,

We are pleased to advise the shipment of your order as follows.

  PO No.         : DI-24-7802
  Invoice No.    : HNS-E-25-1188   USD 92,760.00 (CIF Houston)
  Vessel/Voy.    : ONE HANGZHOU BAY 112E
  ETD Tokyo      : 19 Dec 2025
  ETA Houston    : 21 Jan 2026
  B/L No.        : OBLTYO2512061 (original x 3 by DHL, AWB 4417 2290 63)
  Container      : TGHU 8830152 (40'HC), seal no. OB2291746
  Packages       : 18 crates, G.W. 14,260 kg, 52.4 m3

Copies are attached in one ZIP. The originals (invoice, packing list, certificate of origin) will reach you
around 23 Dec. Please let me know if your broker needs anything else.

""" + SIG_NODA_EN,
        "attachments": [
            {
                "kind": "zip",
                "name": "HNS-E-25-1188_copies.zip",
                "files": [
                    {"kind": "pdf", "name": "Invoice_HNS-E-25-1188.pdf",
                     "lines": ["COMMERCIAL INVOICE No. HNS-E-25-1188", "Buyer: Dallas Industrial Inc.",
                               "CIF Houston  USD 92,760.00", "Transformers TR-500 x6, TR-750 x6, CB-30 x40"]},
                    {"kind": "pdf", "name": "CO_HNS-E-25-1188.pdf",
                     "lines": ["CERTIFICATE OF ORIGIN", "Exporter: Hinode Sangyo Co., Ltd.",
                               "Country of origin: JAPAN", "Invoice No. HNS-E-25-1188"]},
                ],
            }
        ],
    },
    {
        "id": "trading-057",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "FOB価格・HSコード入りの見積PDFを海外バイヤー1社へ",
        "charset": "iso-2022-jp",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": ["Anan Chaiyasit <anan@siamparts-trading.co.th>"],
        "subject": "Quotation Q-TH-25-0419 compact transformers",
        "body": """\
Dear Khun Anan,

Thank you for your inquiry at METALEX. Attached is our quotation Q-TH-25-0419.

- Prices: FOB Tokyo, in USD, valid until 31 January 2026
- Payment: T/T 30% in advance, 70% against copy of B/L
- Lead time: 8 weeks after receipt of advance payment
- MOQ: 50 units per model

Please note that the Form AJ certificate of origin can be provided so that the
preferential tariff under AJCEP applies on your side.

""" + SIG_TODO_EN,
        "attachments": [
            {
                "kind": "pdf",
                "name": "Q-TH-25-0419.pdf",
                "title": "Quotation Q-TH-25-0419",
                "lines": [
                    "QUOTATION  No. Q-TH-25-0419   Date: 2 Dec 2025",
                    "To: Siam Parts Trading Co., Ltd.   From: Hinode Sangyo Co., Ltd.",
                    "Terms: FOB Tokyo / T/T 30-70 / Validity 31 Jan 2026",
                ],
                "table": [
                    ["Model", "Description", "HS code", "Unit price (USD)", "MOQ"],
                    ["CT-050", "Compact transformer 5kVA", "8504.32", "412.00", "50"],
                    ["CT-100", "Compact transformer 10kVA", "8504.33", "655.00", "50"],
                    ["CT-200", "Compact transformer 20kVA", "8504.33", "1,080.00", "30"],
                    ["SP-KIT", "Spare parts kit", "8504.90", "46.50", "100"],
                ],
            }
        ],
    },
    {
        "id": "trading-058",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "配送先の荷受担当者1名の氏名・携帯を運送会社へ（1名の連絡先は可）",
        "charset": "shift_jis",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際物流部 長谷部様 <hasebe@aoba-unyu.co.jp>"],
        "subject": "RE: 12/5 厚木センター配送の件",
        "body": """\
長谷部様

お世話になっております。日の出産業の石黒です。
12/5の川崎電機 厚木センター向け配送の件、当日の荷受担当者は以下の方です。
到着30分前にお電話いただけるようお伝えください。

　川崎電機 厚木センター 入荷係　根岸 孝之 様　携帯 090-5518-2276

フォークリフトは先方で用意があるそうです。よろしくお願いします。

""" + SIG_ISHIGURO,
    },
    {
        "id": "trading-059",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "展示会の搬入立会者3名の氏名・携帯を主催事務局へ（5名未満）",
        "charset": "iso-2022-jp",
        "sender": "藤堂 健 <k-todo@hinode-sangyo.co.jp>",
        "to": ["国際産業機器展 運営事務局 <exhibitor@kokusai-sangyo-ten.jp>"],
        "subject": "小間番号 E-214 搬入立会者の届出",
        "body": """\
国際産業機器展 運営事務局 御中

日の出産業株式会社の藤堂です。
搬入日（2月3日）の立会者を下記のとおり届け出ます。

　・藤堂 健　　080-4417-2290
　・栃尾 勝也　090-3162-8845
　・蓮見 ひとみ　070-3392-6618

搬入車両は4tユニック1台（青葉運輸）です。入場証の発行をお願いいたします。

藤堂 健
日の出産業株式会社 海外事業部 アジア営業課""",
    },
    {
        "id": "trading-060",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": [],
        "note": "出張者6名の旅券番号一覧だが宛先は社内（人事・総務）のみ",
        "charset": "iso-2022-jp",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["真壁 沙織 <s-makabe@hinode-sangyo.co.jp>"],
        "cc": ["総務部 出張手配 <shucchou@hinode-sangyo.co.jp>"],
        "subject": "上海出張者 旅券情報（社内控え）",
        "body": """\
真壁さん

お疲れさまです。原口です。
上海出張の6名分、旅券情報を社内控えとしてお送りします。
危機管理会社への登録は人事さんでお願いできますか。

氏名            生年月日    旅券番号   有効期限
MATSUNAGA R.    1979/05/14  TR4829173  2029/03/02
TODO K.         1985/11/02  TZ1083564  2033/06/10
OKABE C.        1992/03/27  MS7720419  2028/12/21
SHIMAZAKI T.    1976/08/09  TK3391058  2030/01/15
YOSHIKAWA M.    1990/01/30  TH5502817  2031/04/28
KURIHARA S.     1988/06/18  TS9014276  2031/07/04

原口""",
    },
    {
        "id": "trading-061",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "個人番号を含むが宛先は社内サブドメイン（mail.hinode-sangyo.co.jp）のみ",
        "charset": "utf-8",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["経理部 給与担当 <kyuyo@mail.hinode-sangyo.co.jp>"],
        "subject": "出国者の個人番号（源泉徴収票作成用）",
        "body": f"""\
給与担当 各位

人事の真壁です。
9月出国者の年末調整（出国時調整）用に、個人番号をお知らせします。
本メールは社内限りとし、処理後は削除してください。

磯貝 里沙　{my_number(6101)}
甲斐田 陽介　{my_number(6102)}

真壁""",
    },
    {
        "id": "trading-062",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "取引先が送ってきた参加者6名の一覧は「>」引用のみ、新しい本文は受領連絡だけ",
        "charset": "shift_jis",
        "sender": "岡部 千尋 <c-okabe@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 輸入課 白鳥様 <shiratori@kitaguni-foods.co.jp>"],
        "subject": "Re: 工場見学（1/28）参加者のご連絡",
        "body": """\
白鳥様

お世話になっております。日の出産業の岡部です。
参加者のご連絡ありがとうございます。6名様、承知いたしました。
当日は茨城工場の正門受付で入館証をお渡しします。
昼食は工場の食堂をご用意いたします。

岡部

> 日の出産業 岡部様
>
> 1/28の工場見学の参加者をお知らせします。
>
> 白鳥 和樹　輸入課長　090-2871-4406
> 宍戸 萌　　輸入課　　080-6603-1129
> 能勢 亮　　品質管理　090-1147-5520
> 杵渕 聡子　品質管理　070-4428-9913
> 井筒 大地　物流　　　080-3319-6604
> 上遠野 功　購買　　　090-8852-0037
>
> 北国フーズ 白鳥""",
    },
    {
        "id": "trading-063",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "-----Original Message----- 以下に旅行会社から届いた旅券一覧が引用されているだけの返信",
        "charset": "iso-2022-jp",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["星空トラベル 法人営業部 <corp-desk@hoshizora-travel.co.jp>"],
        "subject": "RE: 【ご確認】ケレタロ出張 発券内容",
        "body": """\
星空トラベル 法人営業部
ご担当者様

お世話になっております。原口です。
発券内容を確認しました。綴り・旅券番号とも相違ございません。
このまま発券をお願いいたします。

原口

-----Original Message-----
From: 星空トラベル 法人営業部 <corp-desk@hoshizora-travel.co.jp>
Sent: Thursday, December 11, 2025 4:18 PM
To: 原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>
Subject: 【ご確認】ケレタロ出張 発券内容

日の出産業 原口様

発券前の最終確認をお願いいたします。

1 KAIDA/YOSUKE MR    TR3318842  1986/07/02
2 CHINONE/YASUSHI MR TH4403981  1974/03/30
3 USAMI/ISAO MR      MS1076625  1968/03/15
4 AYUKAWA/SATOSHI MR TZ5569013  1983/09/24
5 TOCHIO/KATSUYA MR  TK2290457  1991/11/11
6 HASUMI/HITOMI MS   TS7781203  1995/05/05

星空トラベル 法人営業部""",
    },
    {
        "id": "trading-064",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "英文返信、\"On … wrote:\" 以下の引用に先方の訪問団リスト、新しい本文は短い確認のみ",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Mr. Budi Santoso <budi.santoso@sinar-abadi.co.id>"],
        "subject": "Re: Delegation details for March visit",
        "body": """\
Dear Mr. Budi,

Well received, thank you. We will prepare the invitation letter based on
these details and send it to you by the end of next week.

""" + SIG_NODA_EN + """

On Mon, 19 Jan 2026 at 09:12, Budi Santoso <budi.santoso@sinar-abadi.co.id> wrote:
> Dear Ms. Noda,
> Please find our delegation details:
> 1. BUDI SANTOSO, 14 Feb 1975, passport B4471902, +62 811 180 2244
> 2. SITI RAHAYU, 02 Sep 1986, passport B8830165, +62 812 9034 1187
> 3. AGUS PRASETYO, 21 Jun 1980, passport C1192734, +62 813 2277 6610
> 4. DEWI LESTARI, 30 Nov 1991, passport B6605218, +62 857 1102 3398
> 5. RIZKY FIRMANSYAH, 17 Apr 1993, passport C2048871, +62 878 5521 0046
> Best regards,
> Budi""",
    },
    {
        "id": "trading-065",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "自社の海外拠点一覧（住所・代表電話）＝事業所の一覧で個人ではない",
        "charset": "iso-2022-jp",
        "sender": "藤堂 健 <k-todo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 海外営業部 <overseas@tsubasa-system.jp>"],
        "subject": "弊社 海外拠点のご案内",
        "body": """\
ツバサシステム株式会社
海外営業部 御中

お世話になっております。日の出産業の藤堂です。
先日お問い合わせいただいた弊社の海外拠点は以下のとおりです。
現地でのサポート窓口としてご利用ください。

拠点名                      所在地                                電話
--------------------------  ------------------------------------  ----------------
HNS (Thailand) Co., Ltd.    Sukhumvit 21 Rd., Bangkok 10110       +66-2-258-4410
HNS Vietnam Co., Ltd.       Nguyen Hue Blvd., Dist.1, HCMC        +84-28-3821-7760
PT HNS Indonesia            Jl. Jend. Sudirman Kav.52, Jakarta    +62-21-5290-3318
上海日出貿易有限公司        上海市長寧区仙霞路 88号               +86-21-6295-1142
Hinode America Inc.         W. Monroe St., Chicago, IL 60603      +1-312-555-0100
Hinode Europe GmbH          Immermannstr. 40, Duesseldorf         +49-211-3558-210

各拠点の日本人スタッフの直通番号が必要な場合は、個別にお知らせいたします。

藤堂 健
日の出産業株式会社 海外事業部 アジア営業課
TEL 03-5201-7722""",
    },
    {
        "id": "trading-066",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "各国大使館の査証窓口一覧（機関の住所・電話）を取引先へ、個人情報なし",
        "charset": "shift_jis",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 出張担当 <shucchou@kawasaki-denki.co.jp>"],
        "subject": "Re: ビザ申請窓口について",
        "body": """\
川崎電機 総務部
出張ご担当者様

お世話になっております。日の出産業の原口です。
合同出張に向けて、各国のビザ申請窓口の一覧をお送りします。
（当社で把握している情報です。最新情報は各窓口のWebサイトでご確認ください）

・在日ベトナム大使館 領事部　東京都渋谷区元代々木町50-11　03-3466-3311
・インドネシア共和国大使館 領事部　東京都品川区東五反田5-2-9　03-3441-4201
・インド ビザ申請センター（委託先）　東京都千代田区内神田1-7-5　03-5297-6100
・中国ビザ申請サービスセンター（東京）　東京都港区芝公園2-4-1　03-6430-2877
・ウズベキスタン共和国大使館　東京都目黒区下目黒5-11-8　03-3760-5625

タイは商用30日以内であればビザ免除です。

""" + SIG_HARAGUCHI,
    },
    {
        "id": "trading-067",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ホーチミンの推奨ホテル一覧（ホテルの代表電話）＝事業所一覧",
        "charset": "utf-8",
        "sender": "藤堂 健 <k-todo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 資材部 根岸様 <negishi@kawasaki-denki.co.jp>"],
        "subject": "ホーチミン出張 宿泊先候補",
        "body": """\
根岸様

お世話になっております。日の出産業の藤堂です。
来月のホーチミン工場監査の宿泊先候補です。いずれも弊社の出張者がよく利用しています。

1. Saigon Riverside Hotel（1区・工場まで車40分）
   TEL +84-28-3822-5014　法人レート USD 118〜
2. Lotus Garden Residence（7区・日本人学校近く）
   TEL +84-28-5412-7788　法人レート USD 96〜
3. Binh Duong Central Hotel（工場まで車10分）
   TEL +84-274-3855-200　法人レート USD 72〜

工場が郊外ですので、3. が移動は一番楽です。ご希望をお聞かせください。

藤堂""",
    },
    {
        "id": "trading-068",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "通常の英文メールに標準的な機密情報の免責文が付いているだけ",
        "charset": "utf-8",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": ["Tan Wei Ming <weiming.tan@lionbridge-supply.com.sg>"],
        "subject": "Re: Sample of CT-100",
        "body": """\
Dear Wei Ming,

The sample of CT-100 left our warehouse today by FedEx, tracking 7781 2290 4416.
Customs value on the proforma is USD 655.00 (no commercial value charged).
It should reach you on Friday.

Please let me know once your engineers have finished the load test.

""" + SIG_TODO_EN + "\n\n" + DISC_EN,
    },
    {
        "id": "trading-069",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約（NDA）の案を送るだけ、機密表示のある文書ではない",
        "charset": "utf-8",
        "sender": "東 恵理 <e-azuma@hinode-sangyo.co.jp>",
        "to": ["Rina Kusuma <rina.kusuma@jaya-elektrik.co.id>"],
        "subject": "Draft Mutual Non-Disclosure Agreement",
        "body": """\
Dear Ms. Kusuma,

As discussed with Mr. Todo, please find attached our draft mutual
non-disclosure agreement (NDA) for the joint development of the 20 kVA model.
It is based on our standard form; governing law is Singapore law and the term
is three years. We would welcome your comments or a mark-up by 15 January.

Best regards,
Eri Azuma
Legal Department, Hinode Sangyo Co., Ltd.
+81-3-5201-7750""",
        "attachments": [
            {
                "kind": "docx",
                "name": "Draft_Mutual_NDA_Hinode_Jaya.docx",
                "title": "Mutual Non-Disclosure Agreement (draft)",
                "paragraphs": [
                    "MUTUAL NON-DISCLOSURE AGREEMENT (DRAFT v1)",
                    "This Agreement is made between Hinode Sangyo Co., Ltd. (Japan) and "
                    "PT Jaya Elektrik Indonesia (Indonesia).",
                    "1. Definition. \"Confidential Information\" means any technical or business "
                    "information disclosed by either party and marked as confidential.",
                    "2. Obligations. The receiving party shall not disclose Confidential Information "
                    "to any third party without prior written consent.",
                    "3. Term. This Agreement shall remain in force for three (3) years.",
                    "4. Governing law. Laws of Singapore.",
                ],
            }
        ],
    },
    {
        "id": "trading-070",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "フォワーダーと通関業者の2社をTo/Ccに入れた三者打合せの日程調整（2社までは可）",
        "charset": "iso-2022-jp",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際物流部 長谷部様 <hasebe@aoba-unyu.co.jp>"],
        "cc": ["みなと通関 海上部 <kaijo@minato-tsukan.co.jp>"],
        "subject": "AEO認定取得に向けた三者打合せの日程",
        "body": """\
青葉運輸 長谷部様
みなと通関 海上部 ご担当者様

いつもお世話になっております。日の出産業の石黒です。
弊社のAEO（特定輸出者）承認申請に向けて、三者で一度お打合せをお願いしたく、
下記の候補日からご都合をお知らせいただけますでしょうか。

　1月20日（火）14:00〜
　1月22日（木）10:00〜
　1月27日（火）15:00〜

場所は弊社日本橋本社、またはTeamsでも構いません。

""" + SIG_ISHIGURO,
    },
    {
        "id": "trading-071",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "赴任者の配偶者（私用Gmail）1名へ住居下見の日程連絡のみ",
        "charset": "iso-2022-jp",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["栗原 早苗 <sanae.kurihara89@gmail.com>"],
        "subject": "バンコク住居下見の日程について",
        "body": """\
栗原 早苗 様

日の出産業 人事部の真壁です。
ご主人からお聞きかと存じますが、バンコクでの住居下見の日程が決まりましたので
ご連絡いたします。

　日程：12月15日（月）〜17日（水）
　案内：Bangkok Relocation Services 日本人スタッフ
　候補：スクンビット地区のサービスアパート 5件

航空券とホテルは会社で手配済みです。お子様の学校見学も16日に組み込んでいます。
ご不明点がありましたら、このメールにご返信ください。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-072",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "国別の輸出実績（金額・数量）XLSX、個人を含まない統計",
        "charset": "shift_jis",
        "sender": "松永 亮介 <r-matsunaga@hinode-sangyo.co.jp>",
        "to": ["日本貿易振興協会 調査部 <chosa@boeki-shinko.or.jp>"],
        "subject": "輸出実績調査へのご回答",
        "body": """\
日本貿易振興協会
調査部 御中

いつもお世話になっております。日の出産業の松永です。
ご依頼のありました2025年度上期の輸出実績調査について、
回答をExcelにてお送りいたします。

""" + SIG_MATSUNAGA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "輸出実績調査_日の出産業_2025上期.xlsx",
                "sheets": {
                    "国別": [
                        ["2025年度上期 国・地域別 輸出実績（単位：百万円）", "", ""],
                        ["国・地域", "輸出額", "前年同期比"],
                        ["タイ", 1842, "108%"],
                        ["ベトナム", 1327, "121%"],
                        ["インドネシア", 884, "96%"],
                        ["米国", 2216, "103%"],
                        ["メキシコ", 613, "142%"],
                        ["ドイツ", 452, "88%"],
                    ],
                    "品目別": [
                        ["HSコード", "品目", "輸出額"],
                        ["8504.33", "変圧器（16kVA超500kVA以下）", 3920],
                        ["8504.90", "変圧器部品", 1488],
                        ["8536.20", "自動遮断器", 1926],
                    ],
                },
            }
        ],
    },
    {
        "id": "trading-073",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "請求書に会社の振込口座と法人番号（登録番号）、個人の情報はない",
        "charset": "utf-8",
        "sender": "宮地 隆 <t-miyaji@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
        "subject": "ご請求書送付（輸入代行手数料 11月分）",
        "body": """\
北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の宮地です。
11月分の輸入代行手数料のご請求書をお送りします。

請求書番号：HNS-25-11-0342
ご請求金額：1,287,440円（税込）
お支払期限：2025年12月31日

お振込先：みどり銀行 日本橋支店 普通 2087714 ヒノデサンギョウ（カ
登録番号：T2010001148827

何卒よろしくお願いいたします。

""" + SIG_MIYAJI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求書_HNS-25-11-0342.pdf",
                "lines": [
                    "御 請 求 書　No. HNS-25-11-0342",
                    "北国フーズ株式会社 御中",
                    "日の出産業株式会社　登録番号 T2010001148827",
                    "東京都中央区日本橋2-14-9 日の出ビル6F　TEL 03-5201-7700",
                ],
                "table": [
                    ["摘要", "数量", "単価", "金額"],
                    ["輸入代行手数料（冷凍水産品 B/L 5件）", "5", "180,000", "900,000"],
                    ["通関立替金", "1", "270,400", "270,400"],
                    ["消費税（10%・手数料分）", "", "", "117,040"],
                    ["合計", "", "", "1,287,440"],
                ],
            }
        ],
    },
    {
        "id": "trading-074",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "サンプル発送の追跡番号を3件連絡するだけ",
        "charset": "iso-2022-jp",
        "sender": "岡部 千尋 <c-okabe@hinode-sangyo.co.jp>",
        "to": ["Nguyen Thanh Long <long.nt@saigon-mech.com.vn>"],
        "subject": "Samples dispatched - DHL tracking numbers",
        "body": """\
Dear Mr. Long,

The three samples you requested were dispatched today by DHL Express.

  CT-050  x 1   AWB 5512 8830 47
  CT-100  x 1   AWB 5512 8830 51
  SP-KIT  x 2   AWB 5512 8830 66

They are marked "Sample - No Commercial Value". Duties and taxes, if any,
will be billed to our DHL account 960048815.

Chihiro Okabe
Trade Operations, Hinode Sangyo Co., Ltd.
TEL +81-3-5201-7716""",
    },
    {
        "id": "trading-075",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "輸入品のHSコード分類について通関業者へ照会、個人情報なし",
        "charset": "shift_jis",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["みなと通関 海上部 <kaijo@minato-tsukan.co.jp>"],
        "subject": "税番のご相談（スマートメーター用基板）",
        "body": """\
みなと通関 海上部
ご担当者様

お世話になっております。日の出産業の石黒です。
来月からベトナムより輸入予定の「スマートメーター用実装基板」について、
税番のご意見をいただけますでしょうか。

当方の想定：9028.90-000（計量器の部分品）
仕入先の提示：8538.90（配電用機器の部分品）
用途：電力量計（9028.30）への組込専用、通信モジュール搭載

事前教示の申請が必要そうであれば、その手続もお願いしたいと考えております。
製品仕様書は明日お送りします。

""" + SIG_ISHIGURO,
    },
    {
        "id": "trading-076",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "招へい状（1名の氏名・生年月日・役職、旅券番号なし）を先方へ（1名分は可）",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Marco Reyes <mreyes@manila-industrial.ph>"],
        "subject": "Invitation letter - Mr. Marco Reyes (visit 2-6 Feb)",
        "body": """\
Dear Marco,

Attached is the invitation letter for your visit to our Osaka plant.
I left the passport number blank as you mentioned your passport is being renewed;
please write it in by hand or send me the new number and I will re-issue the letter.

""" + SIG_NODA_EN,
        "attachments": [
            {
                "kind": "docx",
                "name": "Invitation_Letter_Reyes.docx",
                "paragraphs": [
                    "LETTER OF INVITATION",
                    "To: Embassy of Japan in the Philippines",
                    "We are pleased to invite the following person to Japan for business meetings.",
                    "Name: MARCO ANTONIO REYES",
                    "Date of birth: 22 October 1979",
                    "Position: Procurement Director, Manila Industrial Supply Corp.",
                    "Passport No.: ______________",
                    "Period of stay: 2 February - 6 February 2026",
                    "Hinode Sangyo Co., Ltd., Osaka Branch",
                ],
            }
        ],
    },
]

MESSAGES += [
    {
        "id": "trading-077",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "出張者2名のフライト日程を現地法人へ（氏名と便名のみ、個人データなし）",
        "charset": "utf-8",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["Nguyen Hoang Anh <anh.nh@hns-vietnam.com.vn>"],
        "subject": "出張者フライト（1/13-1/16 HCMC）／Flight details",
        "body": """\
Anh-san

お疲れさまです。本社総務の原口です。
来週のホーチミン出張の2名のフライトです。空港送迎をお願いします。
Please arrange the airport pick-up for the following two visitors.

  Mr. Matsunaga / Ms. Okabe
  1/13  VN301  NRT 09:30 → SGN 14:05
  1/16  VN300  SGN 23:50 → NRT 07:45 (+1)

Hotel: Saigon Riverside Hotel (booking no. SRH-220471)

原口""",
    },
    {
        "id": "trading-078",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "信用状条件変更依頼を正規のみどり銀行ドメインへ、L/C番号と金額のみ",
        "charset": "iso-2022-jp",
        "sender": "宮地 隆 <t-miyaji@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 外為センター <gaitame@midori-ginko.co.jp>"],
        "subject": "L/C条件変更のお願い（No. MGB-IMP-25-03318）",
        "body": """\
みどり銀行 外国為替センター
ご担当者様

お世話になっております。日の出産業 経理部の宮地です。
下記の輸入信用状について、条件変更（アメンド）をお願いいたします。

L/C番号：MGB-IMP-25-03318
受益者：Shanghai Huaxin Trading Co., Ltd.
変更内容：
　1. 船積期限　2025年12月20日 → 2026年1月10日
　2. 有効期限　2026年1月5日 → 2026年1月25日
　3. 金額　USD 154,000.00 → USD 161,700.00（+5%、数量追加のため）

変更依頼書は本日付で押印のうえ郵送いたしました。
手数料は当方負担でお願いします。

""" + SIG_MIYAJI,
    },
    {
        "id": "trading-079",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "年末年始休業の案内をBccで海外取引先へ一斉送信（To は自分、互いに見えない）",
        "charset": "utf-8",
        "sender": "松永 亮介 <r-matsunaga@hinode-sangyo.co.jp>",
        "to": ["松永 亮介 <r-matsunaga@hinode-sangyo.co.jp>"],
        "bcc": [
            "anan@siamparts-trading.co.th",
            "long.nt@saigon-mech.com.vn",
            "rina.kusuma@jaya-elektrik.co.id",
            "mreyes@manila-industrial.ph",
            "weiming.tan@lionbridge-supply.com.sg",
            "wang.lei@huaxin-trading.com.cn",
            "mharlan@dallas-industrial.com",
        ],
        "subject": "Year-end holidays of Hinode Sangyo / 年末年始休業のお知らせ",
        "body": """\
Dear valued partners,

Please be informed that our Tokyo and Osaka offices will be closed from
27 December 2025 to 4 January 2026 for the year-end holidays.

- Last shipments from our Ibaraki plant: 24 December
- Last day for receiving documents (L/C, B/L): 25 December
- Business resumes on 5 January 2026

For urgent shipping matters during the holidays, please contact our
forwarder's 24-hour desk at +81-3-5789-0010.

We wish you a happy new year.

""" + SIG_MATSUNAGA,
    },
    {
        "id": "trading-080",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「価格は内密に」と書いているだけで機密表示の付いた文書ではない",
        "charset": "iso-2022-jp",
        "sender": "藤堂 健 <k-todo@hinode-sangyo.co.jp>",
        "to": ["Rina Kusuma <rina.kusuma@jaya-elektrik.co.id>"],
        "subject": "Special price for the 2026 framework order",
        "body": """\
Dear Rina,

Thank you for the forecast. For a framework order of 600 units of CT-200 in 2026
we can offer USD 968.00 per unit (FOB Tokyo), about 10% below our list price.

As this is a special price for Jaya Elektrik only, we would appreciate it if you
could keep it confidential and not share it with other suppliers or distributors.

The offer is valid until 28 February 2026.

""" + SIG_TODO_EN,
    },
    {
        "id": "trading-081",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "パッキングリスト（品番・重量・容積）XLSX、個人情報なし",
        "charset": "shift_jis",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["オーシャンブリッジ 輸出部 <export-tyo@oceanbridge-logistics.com>"],
        "subject": "P/L送付 HNS-E-25-1188（ヒューストン向け）",
        "body": """\
オーシャンブリッジ・ロジスティクス
輸出部 ご担当者様

お世話になっております。日の出産業の石黒です。
HNS-E-25-1188 のパッキングリストをお送りします。
バンニングは12月16日、茨城工場にて行います。

""" + SIG_ISHIGURO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "PL_HNS-E-25-1188.xlsx",
                "sheets": {
                    "Packing List": [
                        ["PACKING LIST  Inv. HNS-E-25-1188", "", "", "", ""],
                        ["Case No.", "Model", "Qty", "G.W. (kg)", "Meas. (m3)"],
                        ["1-6", "TR-500", "6", "4,920", "17.2"],
                        ["7-12", "TR-750", "6", "6,180", "21.6"],
                        ["13-16", "CB-30", "40", "2,240", "9.8"],
                        ["17-18", "Spare parts", "2", "920", "3.8"],
                        ["Total", "", "", "14,260", "52.4"],
                    ],
                    "Marks": [["Shipping marks"], ["DALLAS IND."], ["HOUSTON"], ["C/No. 1-18"], ["MADE IN JAPAN"]],
                },
            }
        ],
    },
    {
        "id": "trading-082",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CIF価格表PDF（製品コードと価格）を海外代理店へ",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Daniel Kroeger <dkroeger@kroeger-sales-agency.com>"],
        "subject": "2026 price list (CIF Houston) effective 1 April",
        "body": """\
Hi Daniel,

Attached is the 2026 price list, CIF Houston, effective for orders received
on or after 1 April 2026. The increase averages 4.5%; spare parts unchanged.

Yuko

""" + SIG_NODA_EN,
        "attachments": [
            {
                "kind": "pdf",
                "name": "PriceList_2026_CIF_Houston.pdf",
                "title": "Price list 2026",
                "lines": ["HINODE SANGYO CO., LTD.  PRICE LIST 2026 (CIF Houston, USD)"],
                "table": [
                    ["Model", "kVA", "2025", "2026"],
                    ["TR-300", "300", "7,840", "8,190"],
                    ["TR-500", "500", "11,260", "11,770"],
                    ["TR-750", "750", "15,480", "16,180"],
                    ["CB-30", "-", "1,020", "1,060"],
                    ["SP-KIT", "-", "52", "52"],
                ],
            }
        ],
    },
    {
        "id": "trading-083",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「社外秘」表示の資料だが宛先は社内のみ",
        "charset": "iso-2022-jp",
        "sender": "松永 亮介 <r-matsunaga@hinode-sangyo.co.jp>",
        "to": ["海外事業部 部課長 <kaigai-mgr@hinode-sangyo.co.jp>"],
        "cc": ["藤堂 健 <k-todo@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】来期 価格改定方針（案）",
        "body": """\
海外事業部 部課長各位

松永です。
来期の価格改定方針（案）を添付します。社外秘の扱いでお願いします。
12月15日の部会で議論しますので、事前にご一読ください。

松永""",
        "attachments": [
            {
                "kind": "docx",
                "name": "価格改定方針案_FY2026.docx",
                "page_header": "社外秘",
                "paragraphs": [
                    "FY2026 海外向け価格改定方針（案）",
                    "1. 値上げ幅：平均 +4.5%（鋼材サーチャージ転嫁）",
                    "2. 対象外：長期契約先（Jaya Elektrik、Dallas Industrial）",
                    "3. 実施時期：2026年4月受注分から",
                ],
            }
        ],
    },
    {
        "id": "trading-084",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "出張者4名（氏名・生年月日・役職）を旅行会社へ、旅券番号なし・5名未満",
        "charset": "shift_jis",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["星空トラベル 法人営業部 <corp-desk@hoshizora-travel.co.jp>"],
        "subject": "ジャカルタ出張 4名 航空券・ホテル手配のお願い",
        "body": """\
星空トラベル 法人営業部
ご担当者様

お世話になっております。日の出産業の原口です。
2月のジャカルタ出張（2/9〜2/13）の手配をお願いします。

　氏名　　　　　生年月日　　　役職
　宇佐美 功　　1968/03/15　　部長
　野田 優子　　1991/07/07　　主任
　栃尾 勝也　　1991/11/11　　担当
　御手洗 亘　　1977/02/28　　技術課長

インドネシアは到着ビザ（VOA）で入国予定です。
ホテルはスディルマン地区でお願いします。

""" + SIG_HARAGUCHI,
    },
    {
        "id": "trading-085",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "英文の打合せ議事録、出席者は氏名のみ（個人データなし）",
        "charset": "utf-8",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": ["Anan Chaiyasit <anan@siamparts-trading.co.th>"],
        "subject": "Minutes of meeting 4 Dec - distributor agreement renewal",
        "body": """\
Dear Khun Anan,

Thank you for your time on Thursday. Please find the minutes below; let me know
if anything needs correcting.

Date: 4 December 2025, 14:00-15:30 (Teams)
Attendees: Siam Parts Trading - Mr. Anan Chaiyasit, Ms. Porntip Saelim
           Hinode Sangyo - Mr. Isao Usami, Mr. Ken Todo

1. Renewal of distributor agreement for 2026-2028: agreed in principle.
2. Annual target 2026: 420 units (CT series), 60 units (TR series).
3. Marketing support: Hinode to co-fund two trade shows (50%).
4. Next step: Hinode legal to send the draft renewal by 19 December.

""" + SIG_TODO_EN,
    },
    {
        "id": "trading-086",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "フォワーダーの運賃表への返信（コンテナ単価のみ）",
        "charset": "iso-2022-jp",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["海運エクスプレス 営業部 <sales@kaiun-express.co.jp>"],
        "subject": "Re: 2026年上期 海上運賃のご提示",
        "body": """\
海運エクスプレス 営業部
ご担当者様

お世話になっております。日の出産業の石黒です。
運賃のご提示ありがとうございます。社内で比較した結果、以下の点をご相談させてください。

　東京→ヒューストン 40'HC　USD 3,850 → USD 3,600 を希望
　東京→レムチャバン 20'　 USD 420（現行どおりで了承）
　東京→カイメップ 40'HC　USD 610 → BAF込みでの固定をお願いしたい

年間の想定本数は、北米向け 48本、アジア向け 130本程度です。

""" + SIG_ISHIGURO + """

> 日の出産業 石黒様
> 2026年上期の海上運賃を別紙のとおりご提示いたします。
> 海運エクスプレス 営業部""",
    },
    {
        "id": "trading-087",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "原産地証明書の発給申請で自社の法人番号を記載、個人情報なし",
        "charset": "shift_jis",
        "sender": "岡部 千尋 <c-okabe@hinode-sangyo.co.jp>",
        "to": ["東京商工会議所 証明センター <shomei@tokyo-cci-shomei.or.jp>"],
        "subject": "特定原産地証明書（AJCEP）発給申請の件",
        "body": """\
東京商工会議所 証明センター
ご担当者様

お世話になっております。日の出産業株式会社の岡部でございます。
特定原産地証明書（AJCEP）の発給申請についてお問い合わせいたします。

申請者：日の出産業株式会社（法人番号 2010001148827）
仕向地：タイ
インボイス番号：HNS-E-25-1207
品目：変圧器部品（HS 8504.90）
原産性判断基準：RVC 40%

オンライン申請で、生産者の同意書の添付方法が分からず止まっております。
お手すきの際にご教示いただけますと幸いです。

""" + SIG_OKABE,
    },
    {
        "id": "trading-088",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "輸入許可の連絡と関税・消費税額、申告番号のみ",
        "charset": "utf-8",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["みなと通関 海上部 <kaijo@minato-tsukan.co.jp>"],
        "subject": "RE: 輸入許可のお知らせ（申告番号 1029 4418 337）",
        "body": """\
みなと通関 海上部
ご担当者様

お世話になっております。日の出産業の石黒です。
輸入許可のご連絡ありがとうございました。

申告番号：1029 4418 337
関税：0円（EPA税率適用）
消費税・地方消費税：1,284,600円（リアルタイム口座振替）

許可書のPDFは経理にも転送しておきます。
引取は予定どおり明日午前でお願いいたします。

""" + SIG_ISHIGURO,
    },
    {
        "id": "trading-089",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ホテル予約で宿泊者1名の氏名・携帯を正規のさくらホテルへ",
        "charset": "iso-2022-jp",
        "sender": "原口 由紀 <y-haraguchi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 <reserve@sakura-hotel.jp>"],
        "subject": "宿泊予約のお願い（12/18 1名）",
        "body": """\
さくらホテル
宿泊予約課 ご担当者様

いつもお世話になっております。日の出産業 総務の原口です。
下記のとおり宿泊予約をお願いいたします。

宿泊者：Mr. Marco Reyes（フィリピンからのお客様）
日程：2月2日〜2月6日（4泊）シングル禁煙
当日連絡先：+63-917-552-0418
お支払い：弊社法人契約（後日請求）

22時頃のチェックインになる見込みです。

""" + SIG_HARAGUCHI,
    },
    {
        "id": "trading-090",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "コンテナ積付計画と荷印、個人情報なし",
        "charset": "utf-8",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 茨城営業所 <ibaraki@aoba-unyu.co.jp>"],
        "subject": "12/16 バンニング 積付計画",
        "body": """\
青葉運輸 茨城営業所
ご担当者様

お世話になっております。日の出産業の石黒です。
12/16（火）茨城工場でのバンニングの積付計画です。

コンテナ：TGHU 8830152（40'HC）
　奥側　：C/No. 1-6（TR-500、1ケース 820kg）2段積不可
　中央　：C/No. 7-12（TR-750、1ケース 1,030kg）2段積不可
　手前　：C/No. 13-18（CB-30、部品）2段積可
ラッシング：ベルト＋木材で前後固定、ショアリング材はこちらで用意します。

荷印：DALLAS IND. / HOUSTON / C/No. 1-18 / MADE IN JAPAN

当日は8:30から作業開始でお願いします。

石黒""",
    },
    {
        "id": "trading-091",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "取引先（法人）別の売上CSV、個人を含まない",
        "charset": "iso-2022-jp",
        "sender": "松永 亮介 <r-matsunaga@hinode-sangyo.co.jp>",
        "to": ["関西貿易エージェント 木暮様 <kogure@kansai-boeki-agent.co.jp>"],
        "subject": "代理店手数料の計算根拠（上期）",
        "body": """\
木暮様

お世話になっております。日の出産業の松永です。
上期の代理店手数料について、計算根拠となる顧客別売上をCSVでお送りします。
手数料率は契約どおり一律5%で計算しています。

""" + SIG_MATSUNAGA,
        "attachments": [
            {
                "kind": "csv",
                "name": "agent_commission_H1.csv",
                "encoding": "cp932",
                "rows": [
                    ["顧客", "国", "売上(JPY)", "手数料(JPY)"],
                    ["Saigon Mechanical JSC", "ベトナム", "184,220,000", "9,211,000"],
                    ["Binh Duong Electric Co.", "ベトナム", "96,400,000", "4,820,000"],
                    ["Hanoi Power Equipment", "ベトナム", "52,880,000", "2,644,000"],
                    ["Cambodia Grid Supply", "カンボジア", "18,300,000", "915,000"],
                    ["合計", "", "351,800,000", "17,590,000"],
                ],
            }
        ],
    },
    {
        "id": "trading-092",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "海外仕入先へのサンプル依頼（英文）、署名の連絡先のみ",
        "charset": "utf-8",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": ["Sales Dept. <sales@huaxin-trading.com.cn>"],
        "subject": "Request for samples - silicon steel laminations",
        "body": """\
Dear Sir or Madam,

We are a Japanese trading company handling transformers and their components.
We found your silicon steel laminations (grade 30Q120) at the Canton Fair and
would like to evaluate them for our Vietnamese factory.

Could you send us 5 kg of samples together with the mill certificate and your
price for 20 tons per month, CIF Cat Lai? Please ship the samples to:

Hinode Sangyo Co., Ltd., Ibaraki Plant, Quality Assurance Section
1280 Kamiya, Kasama-shi, Ibaraki 309-1611, Japan
Tel +81-296-77-5100

""" + SIG_TODO_EN,
    },
    {
        "id": "trading-093",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "提携倉庫の一覧（事業所の住所・代表電話）をHTMLのみの表で海外顧客へ、個人ではない",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["Tan Wei Ming <weiming.tan@lionbridge-supply.com.sg>"],
        "subject": "Our logistics partners' warehouses in Japan",
        "html": """\
<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Wei Ming,</p>
<p>As requested, here are the warehouses in Japan where your forwarder can collect
consolidated cargo. All are operated by our logistics partner Aoba Unyu.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<thead><tr style="background:#1f4e79;color:#fff"><th>Location</th><th>Address</th><th>Phone</th><th>Cut-off</th></tr></thead>
<tbody>
<tr><td>Tokyo (Oi)</td><td>3-5-12 Tokai, Ota-ku, Tokyo 143-0001</td><td>+81-3-3790-2210</td><td>Wed 12:00</td></tr>
<tr><td>Yokohama (Honmoku)</td><td>2-1 Honmoku-futo, Naka-ku, Yokohama 231-0811</td><td>+81-45-621-0455</td><td>Thu 12:00</td></tr>
<tr><td>Osaka (Nanko)</td><td>4-8-3 Nanko-kita, Suminoe-ku, Osaka 559-0034</td><td>+81-6-6612-3080</td><td>Tue 17:00</td></tr>
<tr><td>Nagoya (Tobishima)</td><td>1-2 Tobishima-mura, Ama-gun, Aichi 490-1445</td><td>+81-567-55-1106</td><td>Tue 17:00</td></tr>
<tr><td>Ibaraki (Kasama)</td><td>1280 Kamiya, Kasama-shi, Ibaraki 309-1611</td><td>+81-296-77-5100</td><td>Mon 17:00</td></tr>
</tbody></table>
<p>Opening hours: Mon-Fri 8:30-17:00 (JST). Please book a slot 2 days in advance.</p>
<p>Kind regards,<br>Yuko Noda<br>Export Sales, Hinode Sangyo Co., Ltd.<br>Phone +81-6-6203-4410 (Osaka Branch)</p>
</body></html>""",
    },
    {
        "id": "trading-094",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": [],
        "note": "旅券情報入りの訪問団名簿の転送（FW）だが宛先は社内の同僚のみ",
        "charset": "utf-8",
        "sender": "Yuko Noda <y-noda@hinode-sangyo.co.jp>",
        "to": ["総務部 原口 <y-haraguchi@hinode-sangyo.co.jp>"],
        "subject": "FW: Delegation details for March visit",
        "body": """\
原口さん

お疲れさまです。野田です。
3月に来日するインドネシアの訪問団（5名）の情報が届きましたので転送します。
さくらホテルの手配をお願いできますか。

---------- Forwarded message ---------
From: Budi Santoso <budi.santoso@sinar-abadi.co.id>
Date: Mon, 19 Jan 2026 09:12
Subject: Delegation details for March visit

Dear Ms. Noda,
Please find our delegation details:
1. BUDI SANTOSO, 14 Feb 1975, passport B4471902
2. SITI RAHAYU, 02 Sep 1986, passport B8830165
3. AGUS PRASETYO, 21 Jun 1980, passport C1192734
4. DEWI LESTARI, 30 Nov 1991, passport B6605218
5. RIZKY FIRMANSYAH, 17 Apr 1993, passport C2048871
Best regards,
Budi""",
    },
    {
        "id": "trading-095",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "新任駐在員と配偶者の2名分の緊急連絡先を現地法人へ（5名未満）",
        "charset": "shift_jis",
        "sender": "真壁 沙織 <s-makabe@hinode-sangyo.co.jp>",
        "to": ["Somchai Wongsakul <somchai.w@hns-thailand.co.th>"],
        "subject": "新任駐在員 栗原さんの緊急連絡先",
        "body": """\
Somchai-san

お疲れさまです。本社人事の真壁です。
1月着任の栗原さんの緊急連絡先です。現地の社員名簿への登録をお願いします。

　栗原 翔太（本人）　日本の携帯 080-6620-1143（着任後は現地番号に変更予定）
　栗原 早苗（配偶者）　080-7714-3092

現地の携帯番号が決まりましたら、本人から連絡させます。

""" + SIG_MAKABE,
    },
    {
        "id": "trading-096",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "貨物海上保険の事故求償（証券番号・損害額）、個人情報なし",
        "charset": "iso-2022-jp",
        "sender": "石黒 美和 <m-ishiguro@hinode-sangyo.co.jp>",
        "to": ["東海海上火災 貨物保険損害サービス <cargo-claim@tokai-kaijo.co.jp>"],
        "subject": "貨物海上保険 事故通知（証券番号 CG-25-448172）",
        "body": """\
東海海上火災保険株式会社
貨物保険損害サービス ご担当者様

お世話になっております。日の出産業の石黒です。
下記貨物について、到着時に損傷が確認されましたのでご通知いたします。

証券番号：CG-25-448172（包括予定保険 個別通知番号 0093）
貨物：変圧器 TR-500 6台（C/No. 1-6）
本船：ONE HARMONY 087E　B/L：OBLTYO2512034
損傷状況：C/No. 4 の木枠破損、本体外装に凹み（サーベイ実施済み）
推定損害額：USD 11,260.00

サーベイレポートと写真は受領次第お送りします。

""" + SIG_ISHIGURO,
    },
    {
        "id": "trading-097",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "正規の青葉運輸ドメインへ支払予定の連絡（look-alike 例の対照）",
        "charset": "shift_jis",
        "sender": "宮地 隆 <t-miyaji@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
        "subject": "11月分ご請求のお支払予定について",
        "body": """\
青葉運輸株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の宮地です。
11月分のご請求（請求書番号 AU-INV-25110387、3,482,600円）につきまして、
12月26日に従来のご指定口座へお振込みいたします。

なお、先日「振込先口座変更」を名乗るメールが御社名で届いております
（送信元ドメインが御社と異なります）。念のため、口座変更のご予定がないか
お電話でご確認させていただければと存じます。

""" + SIG_MIYAJI,
    },
]

# ---------------------------------------------------------------------------------------
# Judgement calls (either)
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "trading-098",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "来日客2名のハラール食の依頼＝宗教を推知させるが信条の記載とまでは言えず判断が分かれる",
        "charset": "iso-2022-jp",
        "sender": "野田 優子 <y-noda@hinode-sangyo.co.jp>",
        "to": ["料亭 なにわ季 ご予約係 <yoyaku@naniwaki-ryotei.jp>"],
        "subject": "3月10日 会食のご予約（8名）について",
        "body": """\
料亭 なにわ季
ご予約係 ご担当者様

お世話になっております。日の出産業 大阪支店の野田です。
3月10日（火）19時から8名様でのご予約の件、お料理についてご相談です。

インドネシアからのお客様のうち、Siti Rahayu 様と Rizky Firmansyah 様のお二人は
ハラール対応のお食事をお願いしたく存じます（豚肉・アルコールを含む調味料不可）。
その他の6名は通常の会席コースで結構です。

ご対応可能かどうか、お知らせいただけますでしょうか。

野田 優子
日の出産業株式会社 大阪支店
TEL 06-6203-4410""",
    },
    {
        "id": "trading-099",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "駐在員が「体調を崩して」一時帰国と顧客へ連絡、病歴と言えるか判断が分かれる",
        "charset": "utf-8",
        "sender": "Ken Todo <k-todo@hinode-sangyo.co.jp>",
        "to": ["Nguyen Thanh Long <long.nt@saigon-mech.com.vn>"],
        "subject": "Change of contact person at HNS Vietnam",
        "body": """\
Dear Mr. Long,

I would like to inform you that Mr. Keisuke Isobe of HNS Vietnam has fallen ill
and will be returning to Japan temporarily for treatment from next week. He is
expected to be away for about two months.

During his absence, Ms. Hoang Anh (anh.nh@hns-vietnam.com.vn) will handle your
orders, and I will support her from Tokyo. We apologise for any inconvenience.

""" + SIG_TODO_EN,
    },
    {
        "id": "trading-100",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "出張者4名＋送信者本人の計5名の携帯をホテルへ、本人分を数えるかで境界",
        "charset": "shift_jis",
        "sender": "藤堂 健 <k-todo@hinode-sangyo.co.jp>",
        "to": ["Front Desk <frontdesk@klcc-parkview-hotel.com.my>"],
        "subject": "Arrival 17 Mar late night - Hinode Sangyo group (5 rooms)",
        "body": """\
Dear Front Desk,

Our group will arrive at the hotel around 00:30 on 18 March (flight MH 089; a delayed
arrival is possible). Please keep all five rooms (booking PV-55018) guaranteed
for late arrival. Mobile numbers in case you need to reach us:

Takuya Shimazaki  +81-90-3318-5527
Satoshi Ayukawa   +81-90-8834-1129
Hitomi Hasumi     +81-70-3392-6618
Atsushi Seno      +81-80-9915-0374
Ken Todo (me)     +81-80-4417-2290

Thank you.

""" + SIG_TODO_EN,
    },
]
