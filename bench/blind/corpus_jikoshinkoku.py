"""Blind corpus, area "jikoshinkoku": the annual self-assessment (自己申告) and career
interviews at 日の出産業 — HR staff, managers and employees writing about transfer wishes
(異動・転勤希望), family circumstances behind them (caregiving for a parent, a child's
illness, childcare), outside career consultants, assessment / 360-degree survey vendors,
an EAP, a labour and social security attorney, relocation and visa agents, secondment
hosts, and the ordinary HR mail around them (notices, schedules, quotes, NDAs, invoices,
venue bookings), some of it leaking lists, identifiers or 要配慮個人情報 outside.
"""

from build import card_number, my_number

SEED = 66401

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s):
    """full-width digits and hyphens, as some people type them"""
    return s.translate(_ZEN)


def _sp(n):
    """a 12-digit number written 4-4-4"""
    return f"{n[:4]} {n[4:8]} {n[8:]}"


SIG_KUROKAWA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　人事部　人材開発課
黒川　智也（Kurokawa Tomoya）
〒330-0854 埼玉県さいたま市大宮区桜木町四丁目２６３番地
TEL 048-641-7720（代表）／内線 3152
t-kurokawa@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_USAMI = """
--
宇佐美 玲奈 / Usami Rena
日の出産業株式会社 人事部 人材開発課 キャリア支援担当
TEL: 048-641-7720 (ext. 3158)  Mail: r-usami@hinode-sangyo.co.jp
"""

SIG_HOZUMI = """
****************************************
日の出産業株式会社
人事部 労務課　八月朔日（ほずみ） さくら
〒330-0854 さいたま市大宮区桜木町4-263 大宮日の出ビル7F
直通 048-641-7734　FAX 048-641-7799
****************************************"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者へご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you are not the intended recipient, please notify the sender
and delete this e-mail."""


MESSAGES = [
    {
        "id": "jikoshinkoku-001",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "令和７年度 キャリア面談 対象者一覧の送付",
        "charset": "utf-8",
        "body": """キャリアブリッジ株式会社
森本 様

いつもお世話になっております。日の出産業の黒川です。

今年度のキャリア面談（入社５年目・１０年目・４５歳到達者）の対象者一覧を
添付いたします。面談日程の調整は、一覧のメールアドレスへ直接ご連絡いただいて
構いません。年齢確認のため生年月日も入れております。

ご不明点があればお知らせください。
よろしくお願いいたします。
""" + SIG_KUROKAWA,
        "attachments": [{
            "kind": "xlsx", "name": "R7_career_mendan_taishosha.xlsx",
            "title": "キャリア面談対象者",
            "sheets": {
                "対象者": [
                    ["令和7年度 キャリア面談 対象者一覧（人事部 人材開発課 作成）"],
                    [],
                    ["No", "社員番号", "氏名", "所属", "区分", "生年月日", "メール", "内線"],
                    [1, "H10482", "勅使河原 潤", "営業部 東日本営業課", "5年目", "1997/06/14", "j-teshigawara@hinode-sangyo.co.jp", "2214"],
                    [2, "H10517", "小鳥遊 美月", "経理部", "5年目", "1998/01/09", "m-takanashi@hinode-sangyo.co.jp", "1187"],
                    [3, "H09233", "纐纈 大輔", "製造部 第二工場", "10年目", "1991/11/30", "d-koketsu@hinode-sangyo.co.jp", "5321"],
                    [4, "H09251", "栗花落 汐里", "品質保証部", "10年目", "1992/03/21", "s-tsuyuri@hinode-sangyo.co.jp", "5402"],
                    [5, "H05118", "東海林 浩二", "物流部", "45歳", "1980/08/02", "k-shoji@hinode-sangyo.co.jp", "4430"],
                    [6, "H05140", "我妻 秀樹", "総務部", "45歳", "1980/05/17", "h-wagatsuma@hinode-sangyo.co.jp", "1023"],
                    [7, "H10499", "九十九 遥", "情報システム部", "5年目", "1997/12/25", "h-tsukumo@hinode-sangyo.co.jp", "1560"],
                    [8, "H09277", "鬼頭 昌平", "営業部 西日本営業課", "10年目", "1990/07/08", "s-kito@hinode-sangyo.co.jp", "2290"],
                    [9, "H05093", "薬師寺 恵", "購買部", "45歳", "1980/10/11", "m-yakushiji@hinode-sangyo.co.jp", "3340"],
                    [10, "H10530", "五十嵐 翔", "製造部 第一工場", "5年目", "1998/04/03", "s-igarashi@hinode-sangyo.co.jp", "5105"],
                    [11, "H09288", "仁平 彩花", "人事部 労務課", "10年目", "1991/09/19", "a-nihei@hinode-sangyo.co.jp", "3160"],
                    [12, "H05171", "京極 正臣", "営業部 海外営業課", "45歳", "1980/02/28", "m-kyogoku@hinode-sangyo.co.jp", "2377"],
                ],
                "集計": [
                    ["区分", "人数"],
                    ["5年目", 4], ["10年目", 4], ["45歳", 4], ["合計", 12],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "12 employees' records (DOB, mail, extension) in an XLSX to an outside career consultant: a list of people",
    },
    {
        "id": "jikoshinkoku-002",
        "sender": "人事部 <jinji@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【人事部】令和７年度 自己申告書の提出について",
        "charset": "iso-2022-jp",
        "body": """社員各位

人事部です。
恒例の自己申告書の提出時期となりましたのでお知らせします。

１．提出期間　令和７年１０月１日（水）〜１０月２４日（金）
２．提出方法　社内ポータル「人事手続」＞「自己申告」から入力
３．記入内容　現職の振り返り、今後のキャリア希望、異動・転勤の希望、
　　　　　　　家庭の事情等で会社に配慮を求めたい事項（任意）
４．その他　　記入内容は人事部と所属長のみが閲覧します。
　　　　　　　介護・育児・治療との両立に関する相談は、申告書とは別に
　　　　　　　人事部 労務課（内線３１６０）でも受け付けています。

提出後、１１月中に所属長とのキャリア面談を実施します。
ご協力をお願いします。

人事部 人材開発課
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "all-staff notice, internal recipients only",
    },
    {
        "id": "jikoshinkoku-003",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "Re: 勅使河原さん 面談前の事前情報について",
        "charset": "iso-2022-jp",
        "body": """森本様

お世話になっております。宇佐美です。
ご質問いただいた点、以下のとおり回答いたします。

・勅使河原 潤さん（営業部 東日本営業課）は、昨年度 適応障害の診断を受け、
　令和６年５月から８月まで約３か月休職しておりました。
・現在は主治医の意見書に基づき、残業を月２０時間以内に制限しています。
・自己申告では「内勤部署への異動」を希望しており、面談ではその点を
　中心にお話を伺っていただけますと幸いです。

ご本人には、コンサルタントの方に事前に共有することの了承を口頭でいただいています。

> 宇佐美様
> 来週の勅使河原様との面談に向けて、配慮すべき事項があれば
> 事前に教えていただけますでしょうか。
>
> キャリアブリッジ 森本
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "new text gives a named employee's diagnosis (適応障害) and sick leave to an external consultant: sensitive data",
    },
    {
        "id": "jikoshinkoku-004",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["a-morimoto@careerbridge.co.jp"],
        "subject": "11月キャリア面談の日程（第1週分）",
        "charset": "shift_jis",
        "body": """森本様

お世話になっております。日の出産業 宇佐美です。
第1週の面談枠、以下で確定しましたのでご連絡します。

11/4（火） 10:00-11:00　纐纈さん
11/4（火） 14:00-15:00　栗花落さん
11/6（木） 13:30-14:30　我妻さん

場所はいずれも本社7階 小会議室Bです。受付で「人事部面談」とお伝えください。
当日の入館証は総務で用意しております。

よろしくお願いいたします。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "three surnames with interview slots only: no personal data beyond names, ordinary scheduling",
    },
    {
        "id": "jikoshinkoku-005",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["青山社会保険労務士事務所 桐生様 <kiryu@aoyama-sr.jp>"],
        "subject": "扶養追加（実母）の手続きのお願い／纐纈さん",
        "charset": "iso-2022-jp",
        "body": f"""青山社会保険労務士事務所
桐生 様

いつもお世話になっております。日の出産業 労務課の八月朔日です。

第二工場の纐纈さんより、自己申告書で「実母を引き取って同居を始めた」との
申告があり、実母を健康保険の被扶養者に追加したいとのことです。
お手数ですが、被扶養者（異動）届の作成をお願いいたします。

【被保険者】
　氏名　　　：纐纈　大輔（こうけつ　だいすけ）
　生年月日　：平成３年１１月３０日
　個人番号　：{_zen(_sp(my_number(SEED + 1)))}

【追加する被扶養者】
　氏名　　　：纐纈　節子（こうけつ　せつこ）
　続柄　　　：実母
　生年月日　：昭和３２年２月１５日
　個人番号　：{_zen(_sp(my_number(SEED + 2)))}
　年収見込　：年金収入のみ　約１３５万円

収入を証明する書類（年金額改定通知書の写し）は郵送いたします。
よろしくお願いいたします。
""" + SIG_HOZUMI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two My Numbers (employee and mother) in the body to an outside 社労士",
    },
    {
        "id": "jikoshinkoku-006",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": [
            "井筒 様 <izutsu@assessment-lab.jp>",
            "Sales Team <sales-jp@talentscope.com>",
            "評価パートナーズ 営業部 <eigyo@hyoka-partners.co.jp>",
        ],
        "subject": "360度評価サービスに関するお見積り依頼（RFP送付）",
        "charset": "utf-8",
        "body": """各社ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の宇佐美と申します。

当社では令和８年度より、管理職（約１８０名）を対象とした３６０度評価の導入を
検討しております。つきましては、下記の要件でお見積りとご提案をお願いできれば
幸いです。

・対象：課長職以上 約１８０名、評価者は１人あたり５～８名
・実施：年１回（９月）、Web回答、日本語／英語
・必要機能：自由記述の集計、本人向けフィードバックレポート、上長向けサマリー
・提出期限：１１月２８日（金）

ご提案書の形式は問いません。ご質問はこのメールへの返信でお受けします。
何卒よろしくお願いいたします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "RFP sent with three competing vendors in To: three external parties see each other, should have been Bcc",
    },
    {
        "id": "jikoshinkoku-007",
        "sender": "左近司 拓也 <t-sakonji@hinode-sangyo.co.jp>",
        "to": ["黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>"],
        "cc": ["人事部長 忽那 <k-kutsuna@hinode-sangyo.co.jp>"],
        "subject": "営業部 自己申告（異動希望）の取りまとめ",
        "charset": "iso-2022-jp",
        "body": """黒川さん

営業部の自己申告のうち、異動・転勤に関する項目だけ抜き出して送ります。
面談前の参考にしてください。

氏名          所属        異動希望        転勤可否      事情・メモ
------------  ----------  --------------  ------------  ------------------------------
勅使河原 潤   東日本営業  内勤（企画）    不可          本人体調、主治医意見あり
鬼頭 昌平     西日本営業  海外営業        可            語学研修を希望
京極 正臣     海外営業    現職継続        条件付き      子の高校受験が終わるまで不可
一尺八寸 豊   東日本営業  物流部          不可          父の介護（週3回通院付添い）
毒島 千晶     西日本営業  現職継続        可            特になし
左右田 啓     東日本営業  マーケティング  可            社内公募にも応募予定
月見里 航     海外営業    東南アジア駐在  可            配偶者の同意済み
廿日出 梢     西日本営業  人事部          不可          長男が小児喘息で定期通院

以上8名です。勅使河原さんと一尺八寸さんは個別に相談させてください。

左近司
営業部長 内線2201
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "department's transfer wishes incl. health and family notes, but all recipients internal",
    },
    {
        "id": "jikoshinkoku-008",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["毒島 千晶 <c-busujima@hinode-sangyou.co.jp>"],
        "subject": "自己申告の内容確認（面談前）",
        "charset": "utf-8",
        "body": """毒島さん

人材開発課の黒川です。
来週の面談の前に、提出いただいた自己申告の登録内容を確認させてください。
誤りがあれば返信でご指摘ください。

　社員番号：H08874
　氏名　　：毒島 千晶
　所属　　：営業部 西日本営業課（大阪営業所）
　自宅　　：大阪府吹田市山田西３－５１－１０２
　携帯　　：080-4417-2936
　異動希望：現職継続（転勤可）
　資格　　：中小企業診断士（令和５年取得）

よろしくお願いします。
""" + SIG_KUROKAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyou.co.jp (extra u): look-alike of the own domain",
    },
    {
        "id": "jikoshinkoku-009",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "cc": ["宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>"],
        "subject": "キャリア面談 実施要領（改訂版）",
        "charset": "iso-2022-jp",
        "body": """森本様

お世話になっております。黒川です。
先日の打合せを踏まえて改訂した面談実施要領を添付します。
主な変更点は「面談記録の保存期間」と「所属長へのフィードバック範囲」です。

ご確認のほどよろしくお願いいたします。
""" + SIG_KUROKAWA,
        "attachments": [{
            "kind": "docx", "name": "キャリア面談実施要領_v3.docx",
            "title": "キャリア面談実施要領",
            "page_header": "社外秘　日の出産業株式会社 人事部",
            "paragraphs": [
                "キャリア面談 実施要領（第3版）",
                "1. 目的　社員の中長期的なキャリア形成を支援し、自己申告の内容を配置に反映する。",
                "2. 面談者　所属長および外部キャリアコンサルタント（委託先）。",
                "3. 面談記録　面談者は所定様式に記録し、面談後5営業日以内に人事部へ提出する。保存期間は5年。",
                "4. 所属長へのフィードバック　本人の同意がある事項に限る。健康・家族に関する事項は原則として共有しない。",
                "5. 異動希望の取扱い　翌年度の定期異動の参考とし、確約はしない。",
            ],
            "tables": [[
                ["区分", "対象", "面談者", "時間"],
                ["節目面談", "入社5年目・10年目", "外部コンサルタント", "60分"],
                ["45歳面談", "45歳到達者", "外部コンサルタント", "90分"],
                ["通常面談", "全社員", "所属長", "30分"],
            ]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX carries a 社外秘 page header and goes to an external consultant",
    },
    {
        "id": "jikoshinkoku-010",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "面談記録（10月分）の送付",
        "charset": "shift_jis",
        "body": """森本様

お世話になっております。宇佐美です。
10月実施分の面談記録を圧縮ファイルにて送付いたします。
パスワードは別メールにてお送りします。

ご査収のほどよろしくお願いいたします。
""" + SIG_USAMI,
        "attachments": [{
            "kind": "zip", "name": "mendan_kiroku_202510.zip", "password": "Hnd#2510mk",
            "files": [
                {"kind": "xlsx", "name": "面談記録_10月.xlsx", "sheets": {"記録": [
                    ["氏名", "面談日", "希望", "所見"],
                    ["纐纈 大輔", "2025/10/07", "第一工場へ異動", "母親との同居開始、夜勤を減らしたい"],
                    ["栗花落 汐里", "2025/10/09", "現職継続", "品質管理の資格取得を希望"],
                ]}},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external consultant: contents cannot be inspected",
    },
    {
        "id": "jikoshinkoku-011",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["井筒 亜紀 <izutsu@assessment-lab.jp>"],
        "subject": "秘密保持契約の締結について",
        "charset": "iso-2022-jp",
        "body": """株式会社アセスメント・ラボ
井筒様

お世話になっております。日の出産業の宇佐美です。

適性検査の本格導入に先立ち、受検者データをお預けする前に
秘密保持契約（NDA）を締結させていただきたく存じます。
当社の雛形をベースに、御社法務部門でご確認いただけますでしょうか。
修正のご希望があれば、変更履歴付きでお戻しください。

契約締結後に、受検者情報の受け渡し方法（専用アップロード画面の利用）を
改めてご相談させてください。

よろしくお願いいたします。
""" + SIG_USAMI + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a vendor plus the standard disclaimer: ordinary business mail",
    },
    {
        "id": "jikoshinkoku-012",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "栗花落さん 面談時の配慮事項",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>森本様</p>
<p>いつもお世話になっております。日の出産業 宇佐美です。</p>
<p>来週面談予定の<b>栗花落 汐里</b>さん（品質保証部）について、ご本人から
事前に共有してよいと了承をいただいた事項をお伝えします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>項目</th><th>内容</th></tr>
<tr><td>家族の状況</td><td>長女（小学２年）が昨年 <b>1型糖尿病</b> と診断され、学校でのインスリン注射の対応が必要</td></tr>
<tr><td>異動・転勤</td><td>主治医のいる大学病院に通える範囲（さいたま市近郊）での勤務継続を希望</td></tr>
<tr><td>働き方</td><td>月２回の通院付添いのため、時間単位の年休を利用中</td></tr>
</table>
<p>キャリアの話としては品質管理の上位資格取得に意欲があるとのことですので、
その点も含めてお話を伺っていただければ幸いです。</p>
<p>宇佐美 玲奈<br>日の出産業株式会社 人事部 人材開発課<br>TEL 048-641-7720（内線3158）</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail tells an external consultant a named employee's daughter has type 1 diabetes: medical info of an identifiable person",
    },
    {
        "id": "jikoshinkoku-013",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "Re: 一尺八寸様の面談について（ご報告）",
        "charset": "iso-2022-jp",
        "body": """森本様

ご報告ありがとうございます。内容、承知いたしました。
ご本人への今後のフォローは所属長と労務課で行います。
次回の定例（11/20）で、全体の傾向についてお聞かせください。

黒川

-----Original Message-----
From: 森本 彩子 <a-morimoto@careerbridge.co.jp>
Sent: Thursday, November 13, 2025 6:12 PM
To: 黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>
Subject: 一尺八寸様の面談について（ご報告）

黒川様

本日、一尺八寸 豊様と面談いたしました。
お父様がパーキンソン病で要介護２の認定を受けておられ、週３回の通院付添いが
続いているとのことです。ご本人は介護休業の分割取得と、当面の転勤免除を
強く希望されています。ご本人も睡眠不足が続いており、心療内科の受診を
勧めました。

キャリアブリッジ株式会社 森本
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the health details are only in the quoted consultant's report; the new text adds nothing personal",
    },
    {
        "id": "jikoshinkoku-014",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["井筒 亜紀 <izutsu@assessment-lab.jp>"],
        "subject": "適性検査 受検者リストの送付（11月実施分）",
        "charset": "shift_jis",
        "body": """井筒様

お世話になっております。
11月実施分の受検者リストをCSVでお送りします。
受検用ID発行のため、メールアドレスと生年月日を含めています。
案内メールは11/10（月）に一斉送信をお願いいたします。

宇佐美
""",
        "attachments": [{
            "kind": "csv", "name": "jukensha_202511.csv", "encoding": "cp932",
            "rows": [["社員番号", "氏名", "フリガナ", "生年月日", "メールアドレス", "所属"]] + [
                ["H11021", "相良 悠真", "サガラ ユウマ", "2002/05/13", "y-sagara@hinode-sangyo.co.jp", "営業部"],
                ["H11022", "天明 柚希", "テンミョウ ユズキ", "2002/09/01", "y-tenmyo@hinode-sangyo.co.jp", "製造部"],
                ["H11023", "雲母 直人", "キラ ナオト", "2001/12/24", "n-kira@hinode-sangyo.co.jp", "物流部"],
                ["H11024", "百武 奏", "ヒャクタケ カナデ", "2002/02/07", "k-hyakutake@hinode-sangyo.co.jp", "経理部"],
                ["H11025", "宍戸 蓮", "シシド レン", "2002/07/30", "r-shishido@hinode-sangyo.co.jp", "情報システム部"],
                ["H11026", "猪狩 陽菜", "イガリ ヒナ", "2003/01/18", "h-igari@hinode-sangyo.co.jp", "品質保証部"],
                ["H11027", "舟久保 颯", "フナクボ ハヤテ", "2002/04/22", "h-funakubo@hinode-sangyo.co.jp", "製造部"],
                ["H11028", "四月一日 凛", "ワタヌキ リン", "2002/10/05", "r-watanuki@hinode-sangyo.co.jp", "営業部"],
                ["H11029", "祖父江 大河", "ソブエ タイガ", "2001/06/11", "t-sobue@hinode-sangyo.co.jp", "購買部"],
                ["H11030", "榎本 心春", "エノモト コハル", "2002/08/16", "k-enomoto@hinode-sangyo.co.jp", "総務部"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) with 10 employees' DOB and e-mail to an assessment vendor: a list of people",
    },
    {
        "id": "jikoshinkoku-015",
        "sender": "Tomoya Kurokawa <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@talentscope.com>"],
        "subject": "Re: TalentScope 360 - licence renewal and invoice TS-INV-2025-0917",
        "charset": "utf-8",
        "body": """Dear Priya,

Thank you for the renewal quote. We would like to go ahead with the Standard plan
for 200 participant licences (USD 38 per licence, total USD 7,600), with the
Japanese-language report add-on.

Could you please re-issue invoice TS-INV-2025-0917 with our purchase order number
PO-HR-25-0412 on it? Our accounts payable team cannot process it otherwise.

Also, may we move the kick-off call to the week of 17 November?

Best regards,
Tomoya Kurokawa
Talent Development Section, HR Department
Hinode Sangyo Co., Ltd.
Tel: +81-48-641-7720
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English licence/invoice mail to a vendor: prices, PO and invoice numbers only",
    },
    {
        "id": "jikoshinkoku-016",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["ケアリンク 相談窓口 <soudan@carelink-navi.co.jp>"],
        "subject": "介護両立相談のお申込み（当社社員1名）",
        "charset": "iso-2022-jp",
        "body": """ケアリンク株式会社
介護両立相談窓口 御中

お世話になっております。日の出産業 人事部 労務課の八月朔日です。
法人契約の介護両立相談サービスに、下記社員の相談を申し込みます。

　相談者　　：一尺八寸 豊（かまつか ゆたか）　営業部
　連絡方法　：会社メール y-kamatsuka@hinode-sangyo.co.jp
　ご家族　　：実父（７８歳、新潟県長岡市で独居）
　状況　　　：本年８月に要介護３の認定。施設入所か在宅サービスの拡充かで迷っている
　ご本人希望：転勤の免除、介護休業の分割取得の可否について相談したい

初回はオンラインでの面談を希望しております。
候補日をご連絡いただけますと幸いです。
""" + SIG_HOZUMI,
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a named father's 要介護3 certification (no diagnosis) to a contracted care-consulting service: health-adjacent, arguably sensitive",
    },
    {
        "id": "jikoshinkoku-017",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["桐生 <kiryu@aoyama-sr.jp>"],
        "subject": "介護休業給付金の申請（一尺八寸 豊）",
        "charset": "utf-8",
        "body": """桐生先生

いつもお世話になっております。八月朔日です。
営業部の一尺八寸さんが介護休業を取得しますので、給付金の申請をお願いします。

■ 被保険者
氏名：一尺八寸 豊（カマツカ ユタカ）
生年月日：昭和５６年７月１９日
雇用保険被保険者番号：1102-384751-6
基礎年金番号：4821-593067

■ 対象家族
実父　一尺八寸 茂（昭和２２年３月２日生）
状態：パーキンソン病の進行により要介護３、歩行に常時介助が必要

■ 休業期間
第１回：令和７年１２月１日～令和８年１月３１日

休業開始時賃金月額証明書は別途郵送いたします。
""" + SIG_HOZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "basic pension number and the father's Parkinson's disease to an outside 社労士",
    },
    {
        "id": "jikoshinkoku-018",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["さくらホテル大宮 宴会予約 <banquet-omiya@sakura-hotel.jp>"],
        "subject": "評価者研修の会場予約（1/22・1/23）",
        "charset": "shift_jis",
        "body": """さくらホテル大宮
宴会予約ご担当者様

いつもお世話になっております。日の出産業 総務部の鴨志田です。
管理職向け評価者研修の会場として、下記の通り仮予約をお願いいたします。

日程：令和8年1月22日（木）・23日（金） 各日 9:30～17:30
人数：各日 36名（講師2名含む）
形式：スクール形式（3名掛け×12列）、プロジェクター・マイク2本
昼食：幕の内弁当 36食×2日、お茶
請求：弊社総務部宛て（従来どおり）

正式な人数は1月9日までにご連絡いたします。
お見積りを頂戴できますでしょうか。

-------------------------------
日の出産業株式会社 総務部
鴨志田 誠
TEL 048-641-7711
-------------------------------
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking for a training session with a partner hotel: no personal data",
    },
    {
        "id": "jikoshinkoku-019",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": [
            "石動 様 <isurugi.kazuo@gmail.com>",
            "真栄田 様 <maeda-hiroko55@yahoo.co.jp>",
            "阿比留 様 <abiru.t@icloud.com>",
            "東風谷 様 <kochiya-s@outlook.jp>",
        ],
        "subject": "OB・OGメンター制度 説明会のご案内",
        "charset": "iso-2022-jp",
        "body": """石動様、真栄田様、阿比留様、東風谷様

ご無沙汰しております。日の出産業 人事部の宇佐美です。
在職中は大変お世話になりました。

当社では今年度から、若手社員のキャリア面談にOB・OGの皆様に
メンターとしてご協力いただく制度を試行することになりました。
つきましては、下記の日程で説明会を開催いたしますので、
ご都合がよろしければご参加いただけますと幸いです。

　日時：１２月６日（土）１４：００〜１５：３０
　場所：本社７階 大会議室（オンライン参加も可）
　謝礼：１回あたり１万円（交通費別途）

出欠は１１月２８日までにこのメールへご返信ください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "four retirees on private free-mail addresses all in To: four private persons see each other's addresses",
    },
    {
        "id": "jikoshinkoku-020",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["産業医 御手洗先生 <sangyoi@hinode-sangyo.co.jp>"],
        "cc": ["保健師 蔵前 <hokenshi@hinode-sangyo.co.jp>"],
        "subject": "就業上の配慮に関するご意見のお願い（勅使河原さん）",
        "charset": "iso-2022-jp",
        "body": """御手洗先生

労務課の八月朔日です。
営業部の勅使河原 潤さん（社員番号H10482）について、自己申告で
内勤への異動希望が出ております。

昨年度、適応障害で３か月休職、復職後は残業２０時間以内の制限中です。
主治医（大宮こころクリニック）からは「外回り中心の業務は当面避けることが
望ましい」との意見書が出ています。

異動の可否について、来週の面談でご意見をいただけますでしょうか。
血圧も健診で要再検（162/98）となっております。

八月朔日
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health details of an employee go to the company's own occupational physician: internal recipients only",
    },
    {
        "id": "jikoshinkoku-021",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["グローバル・リロケーション 法人営業 <corp@globalreloc.co.jp>"],
        "subject": "来春転勤予定者の住居探し支援のお願い",
        "charset": "utf-8",
        "body": """グローバル・リロケーション株式会社
法人営業部 御中

日の出産業 総務部の鴨志田です。いつもお世話になっております。
自己申告・面談を経て来春の転勤が内定した社員の住居探しをお願いしたく、
一覧を貼り付けます（Excelからのコピーです）。各人へ直接ご連絡ください。

氏名\t現住所\t携帯\t転勤先\t家族
鬼頭 昌平\t大阪府豊中市緑丘２－１４－７\t090-3381-5507\t名古屋支店\t単身
月見里 航\t埼玉県川越市脇田本町１１－３－６０２\t080-6612-0948\tバンコク事務所\t配偶者
左右田 啓\t千葉県柏市柏の葉５－２－１－１１０４\t070-2295-1736\t本社（大宮）\t配偶者・子1
毒島 千晶\t大阪府吹田市山田西３－５１－１０２\t080-4417-2936\t福岡営業所\t単身
五十嵐 翔\t埼玉県熊谷市石原１－８８\t090-7754-3310\t第二工場（栃木）\t単身
天明 柚希\t栃木県小山市城東４－６－２３\t080-1109-8842\t本社（大宮）\t単身
舟久保 颯\t群馬県太田市飯田町１２０５－３\t090-5528-0671\t仙台営業所\t配偶者

入居希望時期はいずれも３月中旬です。
よろしくお願いいたします。

鴨志田 誠（総務部 TEL 048-641-7711）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "7 employees' home addresses and mobiles, tab-separated in the body, to a relocation agent",
    },
    {
        "id": "jikoshinkoku-022",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 引越センター 佐伯様 <saeki@aoba-unyu.co.jp>"],
        "subject": "転勤に伴う引越しのお見積り依頼（1件）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
引越センター　佐伯様

いつもお世話になっております。日の出産業の鴨志田です。
転勤者１名の引越しについて、お見積りをお願いいたします。

　お名前　：鬼頭 昌平 様
　現住所　：大阪府豊中市緑丘２−１４−７　ハイツ緑丘２０３
　連絡先　：０９０−３３８１−５５０７
　転居先　：愛知県名古屋市（社宅、住所確定後にご連絡）
　希望日　：令和８年３月１４日（土）
　荷物量　：単身（２ｔ車程度）

訪問見積りの日程はご本人と直接調整をお願いします。
費用は法人契約にて弊社へご請求ください。

総務部　鴨志田
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's address and phone to the partner mover: a single person's record, may warn",
    },
    {
        "id": "jikoshinkoku-023",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 真壁様 <makabe@kawasaki-denki.co.jp>"],
        "subject": "【部外秘】出向者受入れに関するご相談（候補者2名）",
        "charset": "iso-2022-jp",
        "body": """【部外秘】

川崎電機株式会社
人事部　真壁様

日の出産業の忽那でございます。平素より大変お世話になっております。
先日お話しした技術出向の件、自己申告で御社への出向を希望している
社員が２名おりましたので、ご参考までにご紹介いたします。

１）纐纈 大輔（３４歳）製造部 第二工場　生産技術
　　制御盤設計の経験８年。家庭の事情により埼玉県内での勤務を希望。
２）九十九 遥（２７歳）情報システム部
　　製造実行システム（MES）の導入経験あり。将来は海外拠点も希望。

ご検討のほどよろしくお願い申し上げます。

日の出産業株式会社　人事部長　忽那 健吾
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "mail stamped 【部外秘】 in subject and body goes to a partner company",
    },
    {
        "id": "jikoshinkoku-024",
        "sender": "五月女 瞳 <h-sotome@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
        "subject": "自己申告入力画面でエラーが発生する件（問合せ）",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
サポートご担当者様

日の出産業 情報システム部の五月女です。
人事ポータルの自己申告入力画面で、以下のエラーが発生しています。

・発生日時：10/2 9:00頃から断続的に
・画面：自己申告＞キャリア希望（STEP3）
・事象：「一時保存」ボタン押下時に「E-4031 セッションが無効です」
・ブラウザ：Edge 129 / Chrome 129 いずれも発生
・影響：約40名から問い合わせあり

提出期限が10/24のため、至急ご確認をお願いいたします。

情報システム部 五月女 瞳（内線1550）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "support mail to tsubasa-sytem.jp, a dropped-letter look-alike of partner tsubasa-system.jp",
    },
    {
        "id": "jikoshinkoku-025",
        "sender": "五月女 瞳 <h-sotome@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "Re: 【TS-20251002-118】自己申告入力画面のエラー",
        "charset": "utf-8",
        "body": """ツバサシステム サポートご担当者様

ご対応ありがとうございます。
ご依頼のあった画面キャプチャを添付します（個人情報は写っていない画面です）。
パッチ適用後の確認は本日17時以降に実施します。

五月女

> 日の出産業株式会社 五月女様
> お問い合わせ番号 TS-20251002-118 にて承りました。
> 恐れ入りますが、エラー発生時の画面キャプチャをお送りいただけますでしょうか。
""",
        "attachments": [{"kind": "png", "name": "error_E-4031.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "support reply to the real partner domain with a screenshot and a ticket number",
    },
    {
        "id": "jikoshinkoku-026",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["井筒 亜紀 <izutsu@assessment-lab.jp>"],
        "subject": "評価者甘辛分析用データ（パスワード付きPDF）",
        "charset": "iso-2022-jp",
        "body": """井筒様

お世話になっております。
前期の評価結果データをPDFでお送りします。
社内規程によりパスワードを設定しています。パスワードは後ほどお電話でお伝えします。

宇佐美
""",
        "attachments": [{
            "kind": "pdf", "name": "hyoka_kekka_2025H1.pdf", "password": "hinode2025",
            "title": "評価結果 2025上期",
            "lines": ["2025年度上期 評価結果（評価者別）"],
            "table": [["評価者", "被評価者", "評語"], ["左近司 拓也", "鬼頭 昌平", "A"],
                      ["左近司 拓也", "毒島 千晶", "B"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to an external vendor: cannot be inspected",
    },
    {
        "id": "jikoshinkoku-027",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "cc": ["井筒 亜紀 <izutsu@assessment-lab.jp>", "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>"],
        "subject": "三者打合せのご案内（適性検査結果の面談活用について）",
        "charset": "shift_jis",
        "body": """キャリアブリッジ 森本様
アセスメント・ラボ 井筒様

お世話になっております。日の出産業の黒川です。
適性検査の結果をキャリア面談でどう活用するか、三者で一度すり合わせを
させていただければと思います。

日時：11月18日（火）15:00～16:00
場所：Teams（URLは前日までにお送りします）
議題：
　1. 検査結果レポートのうち面談で参照する項目
　2. 本人への結果開示のタイミング
　3. データの受け渡し方法と保存期間

ご都合が悪い場合はお知らせください。
""" + SIG_KUROKAWA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc for a normal three-way meeting",
    },
    {
        "id": "jikoshinkoku-028",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["桜坂メディカルクリニック 受付 <uketsuke@sakurazaka-clinic.jp>"],
        "subject": "転勤可否判定のための面談予約（弊社社員 我妻）",
        "charset": "utf-8",
        "body": """桜坂メディカルクリニック
ご担当者様

日の出産業 人事部 労務課の八月朔日です。
嘱託産業医契約でお世話になっております。

総務部の我妻 秀樹（４５歳）について、来春の転勤候補となっておりますが、
本人の自己申告に「持病のため転勤は難しい」との記載がありました。
今年度の定期健康診断では以下の所見が出ております。

　・HbA1c 8.2%（要治療）、空腹時血糖 168 mg/dL
　・2型糖尿病で近医通院中、インスリン導入を検討中との本人申告
　・眼底検査：単純網膜症の疑い

転勤の可否についてご意見をいただきたく、先生との面談枠を
１１月中に３０分ほどお取りいただけますでしょうか。
""" + SIG_HOZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's diagnosis and health-check results to an outside clinic: sensitive data leaves the company",
    },
    {
        "id": "jikoshinkoku-029",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["キャリア開発セミナー事務局 <seminar@career-kaihatsu.jp>"],
        "subject": "公開講座「40代からのキャリアデザイン」申込（受講料カード払い）",
        "charset": "iso-2022-jp",
        "body": f"""キャリア開発セミナー事務局 御中

お世話になります。日の出産業 人事部の宇佐美です。
自己申告で受講を希望した社員１名の申込をいたします。
会社の補助対象外の講座のため、受講料はご本人のカードでお支払いします。

　受講者　　：我妻 秀樹（わがつま ひでき）
　講座　　　：40代からのキャリアデザイン（12/13・12/20 全2日）
　受講料　　：38,500円（税込）
　カード番号：{card_number(SEED + 51)[:4]}-{card_number(SEED + 51)[4:8]}-{card_number(SEED + 51)[8:12]}-{card_number(SEED + 51)[12:]}
　有効期限　：09/28
　名義　　　：HIDEKI WAGATSUMA

受講票はご本人宛に郵送してください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "an employee's credit card number in the body to a seminar organiser",
    },
    {
        "id": "jikoshinkoku-030",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "自己申告 集計結果（部門別）の共有",
        "charset": "utf-8",
        "body": """森本様

お世話になっております。黒川です。
次回定例の資料として、今年度の自己申告の集計結果をお送りします。
個人が特定できないよう、10名未満のセルは「-」にしております。

黒川
""",
        "attachments": [{
            "kind": "xlsx", "name": "自己申告_集計_R7.xlsx",
            "sheets": {
                "提出状況": [
                    ["令和7年度 自己申告 提出状況（10/24締切時点）"],
                    ["部門", "対象者", "提出者", "提出率"],
                    ["営業部", 142, 139, "97.9%"], ["製造部", 388, 371, "95.6%"],
                    ["物流部", 96, 96, "100.0%"], ["管理部門", 118, 117, "99.2%"],
                    ["合計", 744, 723, "97.2%"],
                ],
                "異動希望": [
                    ["部門", "現職継続", "社内異動", "転勤希望", "転勤不可（家庭事情）"],
                    ["営業部", 71, 38, 17, 13],
                    ["製造部", 240, 85, 21, 25],
                    ["物流部", 61, 22, "-", "-"],
                    ["管理部門", 70, 31, "-", "-"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated statistics only, no individual can be identified",
    },
    {
        "id": "jikoshinkoku-031",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "45歳面談 対象者プロフィール",
        "charset": "shift_jis",
        "body": """森本様

いつもお世話になっております。
45歳面談の対象者プロフィールをWordでまとめましたので送付します。
面談の導入部分でご活用ください。

宇佐美
""",
        "attachments": [{
            "kind": "docx", "name": "45sai_mendan_profile.docx",
            "paragraphs": ["45歳キャリア面談 対象者プロフィール（令和7年度）",
                           "※自己申告書の記載を要約したもの"],
            "tables": [[
                ["氏名", "生年月日", "所属", "家族構成", "自己申告（異動・転勤）"],
                ["東海林 浩二", "S55.8.2", "物流部", "妻・子2人", "転勤可。物流企画を希望"],
                ["我妻 秀樹", "S55.5.17", "総務部", "妻", "転勤不可（持病）"],
                ["薬師寺 恵", "S55.10.11", "購買部", "夫・子1人", "現職継続"],
                ["京極 正臣", "S55.2.28", "海外営業課", "妻・子1人（高2）", "子の受験後なら可"],
                ["長宗我部 聡", "S55.12.1", "製造部", "母（同居）", "転勤不可（母の介護）"],
                ["左近 玲子", "S55.4.9", "経理部", "独身", "関西への転勤を希望"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 6 employees with DOB, family and transfer wishes to an external consultant: a list",
    },
    {
        "id": "jikoshinkoku-032",
        "sender": "人事部 人材開発課 <career@hinode-sangyo.co.jp>",
        "to": ["人事部 人材開発課 <career@hinode-sangyo.co.jp>"],
        "bcc": [
            "jinji@kawasaki-denki.co.jp", "hr@kitaguni-foods.co.jp", "soumu@aoba-unyu.co.jp",
            "jinji-kikaku@asahi-butsuryu.co.jp", "hr-dept@minato-seiki.co.jp",
        ],
        "subject": "グループ合同 キャリア研修（出向者向け）のご案内",
        "charset": "iso-2022-jp",
        "body": """関係各社 人事ご担当者様
（本メールはBCCにて失礼いたします）

日の出産業 人事部 人材開発課です。
毎年ご好評いただいている出向者向け合同キャリア研修を、今年度も下記のとおり
開催いたします。御社に出向中の弊社社員、または弊社へ出向中の御社社員の
ご参加についてご案内をお願いいたします。

　日時：令和８年２月５日（木）１３：００〜１７：００
　会場：さくらホテル大宮　３階「桜の間」
　講師：キャリアブリッジ株式会社　キャリアコンサルタント
　定員：４０名（先着順）
　申込：１月１６日（金）までに、参加者の氏名・所属をご連絡ください

人事部 人材開発課
TEL 048-641-7720
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "external recipients in Bcc only, To is the sender: no one sees the others",
    },
    {
        "id": "jikoshinkoku-033",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
        "subject": "出向予定者の勤務上の配慮について",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
人事課 ご担当者様

いつもお世話になっております。日の出産業の忽那です。
４月より御社札幌工場へ出向予定のハサン・アリフ（Hasan Arif）さんについて、
本人の自己申告に基づき、以下の配慮をお願いできればと存じます。

・イスラム教徒であり、金曜日の昼に礼拝（約40分）のための中抜けを希望
・1日5回の礼拝のため、休憩時間に使える小部屋があると助かるとのこと
・社員食堂では豚肉・アルコールを含む料理を避ける必要がある

業務面では包装ライン改善の経験が豊富で、御社でも即戦力になると思います。
ご検討のほどよろしくお願いいたします。

人事部長 忽那 健吾
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's religion (religion or creed is 要配慮) to the secondment host",
    },
    {
        "id": "jikoshinkoku-034",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["栗原 美咲 <misaki.kurihara.0712@gmail.com>"],
        "subject": "自己申告書（育休中の方向け）の送付",
        "charset": "iso-2022-jp",
        "body": """栗原さん

ご無沙汰しています、人材開発課の宇佐美です。
育児休業中のところ失礼します。赤ちゃんもお元気でしょうか。

育休中の方は社内ポータルに入れないため、自己申告書の様式を
このメールに添付しました（空欄の様式です）。
記入は任意ですが、復職後の働き方や配置の希望があれば、
１１月末までにこのアドレスへ返送いただければ反映します。

短時間勤務の制度説明も同封していますので、あわせてご覧ください。

宇佐美
""",
        "attachments": [{
            "kind": "docx", "name": "自己申告書_様式_育休者用.docx",
            "paragraphs": ["自己申告書（育児休業中の社員用）",
                           "1. 復職予定日：　　年　　月　　日",
                           "2. 復職後の勤務形態の希望：□フルタイム □短時間（6h） □短時間（7h）",
                           "3. 配置・異動の希望：",
                           "4. 会社に配慮を求めたい事項（任意）：",
                           "【短時間勤務制度の概要】子が小学校3年生修了まで、1日6時間または7時間勤務を選択できます。"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a blank form to one employee on parental leave at her own free-mail address",
    },
    {
        "id": "jikoshinkoku-035",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "FW: 製造部 面談希望者（追加分）",
        "charset": "iso-2022-jp",
        "body": """森本様

製造部から追加の面談希望者一覧が届きましたので、転送いたします。
日程の追加枠をご検討いただけますでしょうか。

黒川
""",
        "attachments": [{
            "kind": "eml", "name": "製造部 面談希望者（追加分）.eml",
            "message": {
                "sender": "百目鬼 亮 <r-domeki@hinode-sangyo.co.jp>",
                "to": ["黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>"],
                "subject": "製造部 面談希望者（追加分）",
                "charset": "iso-2022-jp",
                "body": """黒川さん

製造部で外部コンサルとの面談を追加で希望している者です。
夜勤明けは避けたいので、日勤の日を書いておきます。

・五十嵐 翔　第一工場　携帯 090-7754-3310　日勤：火・水
・舟久保 颯　第一工場　携帯 090-5528-0671　日勤：月・木
・長宗我部 聡　第二工場　携帯 080-3306-1194　日勤：水・金
・天明 柚希　第二工場　携帯 080-1109-8842　日勤：火・金
・鹿目 智也　第二工場　携帯 070-4418-2275　日勤：月・水
・蛭子 陽介　第一工場　携帯 090-8820-4163　日勤：木・金
・嘉納 里奈　品質保証　携帯 080-2273-5519　日勤：月・火
・東雲 拓実　第一工場　携帯 070-6634-0087　日勤：水・木
・帯刀 雅人　第二工場　携帯 090-1152-7738　日勤：火・木
・香取 萌　品質保証　携帯 080-9921-3046　日勤：月・金

以上10名、よろしくお願いします。
百目鬼
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded internal mail (attached .eml) lists 10 employees with mobile numbers, sent to an external consultant",
    },
    {
        "id": "jikoshinkoku-036",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "Re: 面談日程の変更について",
        "charset": "utf-8",
        "body": """森本様

ご連絡ありがとうございます。
11/6の我妻さんの枠は、11/12（水）13:30からに変更で承知しました。
本人にもこちらから伝えておきます。

宇佐美

On 2025/11/04 17:48, 森本 彩子 wrote:
> 宇佐美様
> 申し訳ございません、11/6は私の都合が悪くなりました。
> 我妻 秀樹様（携帯 090-6241-8830）に直接お電話してもよろしいでしょうか。
> 代替案として 11/12 13:30 はいかがでしょう。
> 森本
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the employee's mobile number is only in the quoted text; new text is scheduling",
    },
    {
        "id": "jikoshinkoku-037",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["はるかぜ行政書士事務所 <info@harukaze-gyosei.jp>"],
        "subject": "タイ駐在予定者の就労ビザ申請について",
        "charset": "utf-8",
        "body": """はるかぜ行政書士事務所
ご担当者様

日の出産業 人事部の八月朔日です。
自己申告で海外駐在を希望していた社員のバンコク赴任が決まりましたので、
ノンイミグラントBビザと労働許可の申請代行をお願いいたします。

申請者：月見里 航（YAMANASHI WATARU）
生年月日：1993年4月27日
旅券番号：TZ4471982
旅券有効期限：2033年8月9日
同行家族：配偶者 月見里 楓（YAMANASHI KAEDE）1994年11月2日生 旅券番号 TS8820457

赴任予定日は令和８年４月１日です。必要書類のリストをお送りください。
""" + SIG_HOZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport numbers of an employee and spouse to an outside visa agent",
    },
    {
        "id": "jikoshinkoku-038",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["はるかぜ行政書士事務所 春日 <kasuga@harukaze-gyosei.jp>"],
        "subject": "Re: 在留資格変更の要否（ハサンさん配置転換）",
        "charset": "iso-2022-jp",
        "body": """春日先生

ご回答ありがとうございます。
それでは変更届の提出をお願いしたく、在留カードの情報をお送りします。

　氏名　　　　：HASAN ARIF
　国籍　　　　：インドネシア
　生年月日　　：１９９０年３月１８日
　在留カード番号：ＵＨ４８２７１９３６ＰＡ
　在留資格　　：技術・人文知識・国際業務
　在留期限　　：２０２７年６月３０日

配置転換後の業務内容（札幌工場での生産管理）は別途書面でお送りします。

八月朔日

> 八月朔日様
> 出向先での業務が現在の在留資格の範囲内であれば変更申請は不要ですが、
> 所属機関等に関する届出が必要になります。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "residence card number (full-width) in the new text to an outside 行政書士",
    },
    {
        "id": "jikoshinkoku-039",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>"],
        "cc": ["左近司 拓也 <t-sakonji@hinode-sangyo.co.jp>", "百目鬼 亮 <r-domeki@hinode-sangyo.co.jp>"],
        "subject": "来期 異動候補者リスト（部長会用）",
        "charset": "utf-8",
        "body": """忽那部長

部長会資料として、自己申告・評価・面談結果を突き合わせた異動候補者リストを
作成しました。シート「候補者」が本体、「配慮事項」は閲覧注意です。

黒川
""",
        "attachments": [{
            "kind": "xlsx", "name": "異動候補者_R8.xlsx",
            "sheets": {
                "候補者": [
                    ["令和8年4月 異動候補者（人事部案）"],
                    ["社員番号", "氏名", "現所属", "異動案", "前期評価", "本人希望"],
                    ["H09277", "鬼頭 昌平", "西日本営業", "名古屋支店", "A", "海外営業"],
                    ["H10482", "勅使河原 潤", "東日本営業", "営業企画", "B", "内勤"],
                    ["H09233", "纐纈 大輔", "第二工場", "第一工場", "A", "第一工場"],
                    ["H10499", "九十九 遥", "情報システム", "川崎電機へ出向", "S", "出向"],
                    ["H07712", "月見里 航", "海外営業", "バンコク事務所", "A", "駐在"],
                    ["H08874", "毒島 千晶", "西日本営業", "福岡営業所", "B", "現職"],
                ],
                "配慮事項": [
                    ["氏名", "事項"],
                    ["勅使河原 潤", "適応障害で休職歴、主治医意見で外勤制限"],
                    ["一尺八寸 豊", "父 要介護3、転勤免除希望"],
                    ["我妻 秀樹", "2型糖尿病、転勤困難"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "candidate list with health notes to internal managers only",
    },
    {
        "id": "jikoshinkoku-040",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": [
            "ケアリンク 吉良様 <kira@carelink-navi.co.jp>",
            "こころの相談室 水無瀬様 <minase@kokoro-soudan.or.jp>",
            "ネクストステージ 仙波様 <semba@nextstage-career.com>",
        ],
        "subject": "「仕事と介護の両立セミナー」講師ご依頼の件",
        "charset": "iso-2022-jp",
        "body": """吉良様、水無瀬様、仙波様

いつもお世話になっております。日の出産業 労務課の八月朔日です。

自己申告で介護に関する相談が昨年の倍近くに増えたことを受け、
来年２月に社員向けの「仕事と介護の両立セミナー」を開催することにしました。
以下の分担で各社にご登壇をお願いできないかと考えております。

　第１部（４０分）介護保険サービスの基礎　　　　　ケアリンク様
　第２部（３０分）介護ストレスとメンタルケア　　　こころの相談室様
　第３部（３０分）介護と両立するキャリアの考え方　ネクストステージ様

日程候補は２月１０日（火）、１２日（木）、１７日（火）の午後です。
各社のご都合と講師料のお見積りをお知らせいただけますと幸いです。
""" + SIG_HOZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations in To see each other's addresses",
    },
    {
        "id": "jikoshinkoku-041",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["株式会社ネクストステージ 仙波 様 <semba@nextstage-career.com>"],
        "subject": "セカンドキャリア支援プログラムのご相談",
        "charset": "shift_jis",
        "body": """株式会社ネクストステージ
仙波 様

日の出産業の忽那でございます。先日は弊社までお越しいただき、ありがとうございました。

ご説明いただいたセカンドキャリア支援プログラムについて、社内で検討を進めております。
本件は社内でもまだ限られたメンバーで検討している段階で、機密性の高い話ですので、
御社内でも関係者限りでのお取り扱いをお願いできれば幸いです。

つきましては、以下についてお見積りとご提案をお願いいたします。
・50代社員向けキャリア研修（2日間、定員30名）
・希望者への個別カウンセリング（1人3回まで）
・社外転身を希望する者への再就職支援（想定10名程度）

12月中旬にご提案いただけますと助かります。

日の出産業株式会社 人事部長 忽那 健吾
TEL 048-641-7701
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密性 is mentioned in a sentence, no classification stamp and no personal data",
    },
    {
        "id": "jikoshinkoku-042",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 宮城先生 <miyagi@shirakawa-law.jp>"],
        "subject": "社員からの緊急異動申出に関するご相談",
        "charset": "iso-2022-jp",
        "body": """宮城先生

いつもお世話になっております。日の出産業の忽那です。
急ぎご相談させてください。

経理部の小鳥遊 美月（２７歳）から、自己申告とは別に緊急の異動申出がありました。
元交際相手からのストーカー被害を受けており、大宮警察署に被害届を提出済み、
相手方には警告が出ているとのことです。相手方が本社の所在地を知っているため、
他拠点への異動と、社内外からの住所の問い合わせに一切応じないことを求めています。

・異動（本人希望：栃木の第二工場事務）を就業規則上どう位置付けるべきか
・相手方が会社に来た場合の対応
・社内での情報共有の範囲

について、ご助言をいただけますでしょうか。
明日以降でお電話できるお時間をお知らせください。

人事部長　忽那 健吾
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee as a crime victim (stalking, police report) to the outside law firm: sensitive",
    },
    {
        "id": "jikoshinkoku-043",
        "sender": "Tomoya Kurokawa <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@talentscope.com>"],
        "subject": "360 pilot - participant list (managers, batch 1)",
        "charset": "utf-8",
        "body": """Hi Priya,

As agreed on our call, please find attached the participant list for the first
batch of the 360 pilot. Dates of birth are included because your platform needs
them for the age-band norms. Could you set up the accounts by Friday?

Thanks,
Tomoya

--
Tomoya Kurokawa | HR, Hinode Sangyo Co., Ltd. | +81-48-641-7720
""",
        "attachments": [{
            "kind": "pdf", "name": "360_pilot_batch1.pdf",
            "title": "360 pilot batch 1",
            "lines": ["TalentScope 360 pilot - Batch 1 participants (Hinode Sangyo)", ""],
            "table": [
                ["Name", "Kanji", "Position", "Date of birth", "E-mail"],
                ["Sakonji Takuya", "左近司 拓也", "GM Sales", "1972-03-15", "t-sakonji@hinode-sangyo.co.jp"],
                ["Domeki Ryo", "百目鬼 亮", "Mgr Production", "1976-08-29", "r-domeki@hinode-sangyo.co.jp"],
                ["Kutsuna Kengo", "忽那 健吾", "GM HR", "1969-12-02", "k-kutsuna@hinode-sangyo.co.jp"],
                ["Kamoshida Makoto", "鴨志田 誠", "Mgr General Affairs", "1978-05-20", "m-kamoshida@hinode-sangyo.co.jp"],
                ["Sotome Hitomi", "五月女 瞳", "Mgr IT", "1981-01-07", "h-sotome@hinode-sangyo.co.jp"],
                ["Kyogoku Masaomi", "京極 正臣", "Mgr Intl Sales", "1980-02-28", "m-kyogoku@hinode-sangyo.co.jp"],
                ["Yakushiji Megumi", "薬師寺 恵", "Mgr Purchasing", "1980-10-11", "m-yakushiji@hinode-sangyo.co.jp"],
                ["Kurando Satoshi", "蔵人 聡", "Mgr Logistics", "1974-06-30", "s-kurando@hinode-sangyo.co.jp"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF table of 8 managers with DOB and e-mail to an overseas assessment vendor",
    },
    {
        "id": "jikoshinkoku-044",
        "sender": "Rena Usami <r-usami@hinode-sangyo.co.jp>",
        "to": ["TalentScope Support <support@talentscope.com>"],
        "subject": "Account unlock request - one participant",
        "charset": "utf-8",
        "body": """Hello TalentScope Support,

One of our participants is locked out of the 360 survey after too many password
attempts. Could you please unlock the account and send a reset link?

  Participant: Kyogoku Masaomi
  Login e-mail: m-kyogoku@hinode-sangyo.co.jp
  Project code: HNS-360-P1

Thank you in advance.

Rena Usami
Career Support, HR Department, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one participant's name and login e-mail to the vendor's support: a single record, may warn",
    },
    {
        "id": "jikoshinkoku-045",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 大宮支店 法人営業 <omiya-hojin@midori-ginkou.co.jp>"],
        "subject": "転勤者の給与振込口座変更について",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 大宮支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 労務課の八月朔日です。
４月に名古屋へ転勤する社員から、給与振込口座を御行名古屋支店へ
変更したいとの申出がありました。総合振込データの変更に先立ち、
口座の確認をお願いできますでしょうか。

　氏名　　：鬼頭 昌平（キトウ ショウヘイ）
　旧口座　：みどり銀行 大宮支店 普通 ３８４７１２０
　新口座　：みどり銀行 名古屋支店 普通 ５５１０９４６

よろしくお願いいたします。
""" + SIG_HOZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "recipient domain midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp",
    },
    {
        "id": "jikoshinkoku-046",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 大宮支店 法人営業 <omiya-hojin@midori-ginko.co.jp>"],
        "subject": "転勤者向け住宅ローン説明会の日程調整",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 大宮支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 労務課の八月朔日です。

例年お願いしている「転勤者向け 住宅ローン・持ち家管理説明会」について、
今年度は下記のいずれかの日程で開催できればと考えております。

　候補１：令和８年２月１８日（水）１７：３０〜
　候補２：令和８年２月２５日（水）１７：３０〜
　会場　：弊社本社７階 大会議室（オンライン併用）
　想定　：２０名程度

資料は昨年度版をベースに、金利の最新情報を反映いただければ幸いです。
ご都合をお聞かせください。
""" + SIG_HOZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "scheduling with the real partner bank domain: ordinary business mail",
    },
    {
        "id": "jikoshinkoku-047",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
        "cc": ["八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>"],
        "subject": "Re: 出向受入れ候補者について（追加情報）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社 人事課 ご担当者様

お問い合わせの件、ご本人の了承を得ましたのでお伝えします。

蛭子 陽介（第一工場、３３歳）は精神障害者保健福祉手帳（２級）を所持しており、
障害者雇用枠で採用しております。双極性障害の診断があり、通院のため月１回の
平日休暇と、夜勤のない勤務をお願いしております。
業務遂行には問題なく、自己申告でも御社の品質管理部門での経験を強く希望しています。

ご検討のほど、よろしくお願いいたします。

忽那

> 日の出産業 忽那様
> 候補者の方について、受入れに際して配慮が必要な事項があれば
> 事前にお知らせいただけますでしょうか。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's disability certificate and diagnosis to the secondment host",
    },
    {
        "id": "jikoshinkoku-048",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "面談用シート（11月後半分）",
        "charset": "shift_jis",
        "body": """森本様

お世話になっております。
11月後半の面談用シートを添付いたします。
先ほどお送りしたファイルが開けないとのことでしたので、再送です。
もしまた開けないようでしたらご連絡ください。

宇佐美
""",
        "attachments": [{"kind": "corrupt", "name": "面談用シート_11月後半.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt XLSX to an external consultant: cannot be inspected",
    },
    {
        "id": "jikoshinkoku-049",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["仁平 彩花 <a-nihei@hinode-sangyo.co.jp>"],
        "subject": "介護・育児関係の申出書（スキャン）",
        "charset": "iso-2022-jp",
        "body": """仁平さん

今週受け付けた介護休業・育児短時間勤務の申出書のスキャンです。
規程どおりパスワード付きで送ります。パスワードはいつものものです。
システムへの登録をお願いします。

八月朔日
""",
        "attachments": [{
            "kind": "zip", "name": "moushide_1107.zip", "password": "RoumuKa2025",
            "files": [{"kind": "pdf", "name": "申出書_一尺八寸.pdf", "lines": ["介護休業申出書", "氏名 一尺八寸 豊"]},
                      {"kind": "pdf", "name": "申出書_廿日出.pdf", "lines": ["育児短時間勤務申出書", "氏名 廿日出 梢"]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP, but sent between two internal addresses only",
    },
    {
        "id": "jikoshinkoku-050",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "12月 キャリア面談 確定スケジュール",
        "charset": "utf-8",
        "body": """森本様

12月分の面談スケジュールが確定しました。

日付      時間         氏名            所属
--------  -----------  --------------  ----------------
12/2(火)  10:00-11:00  相良 悠真       営業部
12/2(火)  13:00-14:00  雲母 直人       物流部
12/3(水)  10:00-11:00  百武 奏         経理部
12/3(水)  15:00-16:00  祖父江 大河     購買部
12/4(木)  10:00-11:00  榎本 心春       総務部

いずれも本社7階 小会議室Bです。
よろしくお願いいたします。

宇佐美
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "five employees with department and interview slot only: a schedule, or a 5-person list of attributes?",
    },
    {
        "id": "jikoshinkoku-051",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["桐生 <kiryu@aoyama-sr.jp>"],
        "subject": "限度額適用認定証の申請（廿日出さん長男）",
        "charset": "shift_jis",
        "body": """桐生先生

お世話になっております。八月朔日です。
営業部の廿日出さんのご長男が来月入院されるとのことで、
限度額適用認定証の申請をお願いできますでしょうか。

被保険者　：廿日出 梢
保険者番号：06110473
記号・番号：記号 1204　番号 587
対象者　　：長男 廿日出 湊（平成30年6月3日生）
入院予定　：12月8日～　県立小児医療センター
病名　　　：気管支喘息の重積発作（小児喘息の悪化）による入院

ご本人は自己申告でも、当面の転勤不可・短時間勤務の継続を希望しています。
よろしくお願いいたします。
""" + SIG_HOZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance 記号・番号 and a child's diagnosis to an outside 社労士",
    },
    {
        "id": "jikoshinkoku-052",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["さくらホテル大宮 宿泊予約 <rsv-omiya@sakura-hotel.jp>"],
        "subject": "研修講師・運営スタッフの宿泊予約",
        "charset": "iso-2022-jp",
        "body": """さくらホテル大宮
宿泊予約ご担当者様

お世話になっております。日の出産業の鴨志田です。
１月２２日の評価者研修に伴い、下記４名の宿泊をお願いいたします（１月２１日泊、シングル）。

・苫米地 修　０９０−２２４１−６６０３
・阿久津 梨沙　０８０−５５１７−９０２１
・左近 玲子　０７０−３３８４−１１５６
・東海林 浩二　０９０−４６０２−８８７４

到着が遅くなる場合は各自からホテルへご連絡いたします。
請求は弊社総務部宛てでお願いいたします。

総務部 鴨志田
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four guests with phone numbers to the partner hotel: under five records, may warn",
    },
    {
        "id": "jikoshinkoku-053",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["さくらホテル仙台 フロント <front-sendai@sakura-hotel.jp>"],
        "subject": "転勤者の一時宿泊（３月）のお願い",
        "charset": "utf-8",
        "body": """さくらホテル仙台
フロントご担当者様

日の出産業 総務部の鴨志田です。
３月の定期異動で仙台営業所に着任する社員が、社宅入居までの間
御ホテルに滞在いたします。宿泊者名簿を記載しますので、ご手配をお願いします。

【１】舟久保 颯（フナクボ ハヤテ）
　　　生年月日 2002/04/22　携帯 090-5528-0671
　　　3/14～3/21（7泊）
【２】舟久保 ひかり（フナクボ ヒカリ）※配偶者
　　　生年月日 2001/11/30　携帯 080-7719-4420
　　　3/14～3/21（7泊）
【３】嘉納 里奈（カノウ リナ）
　　　生年月日 1995/07/14　携帯 080-2273-5519
　　　3/15～3/29（14泊）
【４】東雲 拓実（シノノメ タクミ）
　　　生年月日 1999/02/09　携帯 070-6634-0087
　　　3/15～3/22（7泊）
【５】帯刀 雅人（タテワキ マサト）
　　　生年月日 1988/09/25　携帯 090-1152-7738
　　　3/16～3/28（12泊）

宿泊費は法人契約料金で弊社へご請求ください。
よろしくお願いいたします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five people's DOB and mobile numbers, one block each, to a hotel: a list of five",
    },
    {
        "id": "jikoshinkoku-054",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 沖田様 <okita@nishiki-insatsu.co.jp>"],
        "subject": "Re: 自己申告書用紙 印刷のお見積り（No.NP-25-1188）",
        "charset": "shift_jis",
        "body": """錦印刷株式会社
沖田様

お見積りありがとうございます。
下記の内容で正式に発注いたします。

　見積番号：NP-25-1188
　品名　　：自己申告書（A4両面・2枚複写・ミシン目入り）
　数量　　：3,000部（工場勤務者の紙提出用）
　単価　　：@42円（税別）
　金額　　：126,000円（税別）／138,600円（税込）
　納期　　：9月19日（金）本社総務部着
　発注番号：HS-PO-25-2207

請求書には御社の登録番号（T8030001088421）の記載をお願いいたします。

総務部 鴨志田
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "print order with quote/PO numbers and the printer's T-number: business data only",
    },
    {
        "id": "jikoshinkoku-055",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["井筒 亜紀 <izutsu@assessment-lab.jp>"],
        "subject": "評価制度改定案へのご意見のお願い",
        "charset": "iso-2022-jp",
        "body": """井筒様

お世話になっております。
来年度からの評価制度改定案を添付します。
コンピテンシー項目と適性検査の因子との対応について、専門家の立場から
ご意見をいただけますと幸いです。

宇佐美
""",
        "attachments": [{
            "kind": "xlsx", "name": "hyoka_seido_kaitei_an.xlsx",
            "page_header": "Confidential - Hinode Sangyo HR",
            "title": "評価制度改定案",
            "sheets": {
                "改定概要": [
                    ["評価制度改定案（令和8年度〜）　CONFIDENTIAL"],
                    ["項目", "現行", "改定案"],
                    ["評価段階", "5段階（S/A/B/C/D）", "6段階（S/A+/A/B/C/D）"],
                    ["評価者", "一次・二次", "一次・二次＋360度（参考）"],
                    ["自己申告との連動", "なし", "異動希望を目標設定面談で確認"],
                ],
                "コンピテンシー": [
                    ["No", "項目", "定義"],
                    [1, "顧客志向", "顧客の課題を起点に行動する"],
                    [2, "変革推進", "現状を疑い、改善を主導する"],
                    [3, "人材育成", "部下・後輩の成長を支援する"],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX marked Confidential (page header and title row) to an external vendor",
    },
    {
        "id": "jikoshinkoku-056",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "次年度契約更新のご相談",
        "charset": "iso-2022-jp",
        "body": """キャリアブリッジ株式会社
森本様

いつも大変お世話になっております。日の出産業の黒川です。

今年度の面談も残りわずかとなりました。
社内アンケートでも「外部の方だから話しやすかった」という声が多く、
次年度も継続してお願いしたいと考えております。

次年度は対象を「入社３年目」にも広げたく、面談件数が約１.４倍になる見込みです。
１月中に次年度のお見積りをいただけますでしょうか。

引き続きよろしくお願いいたします。
""" + SIG_KUROKAWA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary contract mail with the standard confidentiality disclaimer",
    },
    {
        "id": "jikoshinkoku-057",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": [
            "ケアリンク 吉良様 <kira@carelink-navi.co.jp>",
            "長岡市 介護保険課 <kaigo@city-nagaoka-ex.lg.jp>",
            "一尺八寸 修 様 <kamatsuka.osamu@gmail.com>",
        ],
        "subject": "一尺八寸さんご家族の介護体制に関する打合せ日程",
        "charset": "iso-2022-jp",
        "body": """ケアリンク 吉良様
長岡市 介護保険課 ご担当者様
一尺八寸 修様

日の出産業 人事部 労務課の八月朔日です。
弊社社員 一尺八寸 豊さんのご家族の介護体制について、ご本人の希望により、
ご兄弟の修様、ケアリンク様、市のご担当者様と一度オンラインで打合せを
させていただければと存じます。

候補日：１２月３日（水）１０時、４日（木）１４時、５日（金）１０時
所要　：１時間程度（Zoom）

ご都合のよい日時を返信にてお知らせください。
""" + SIG_HOZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a company, a municipality and a private person (free mail) in To: three external parties visible to each other",
    },
    {
        "id": "jikoshinkoku-058",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 真壁様 <makabe@kawasaki-denki.co.jp>"],
        "cc": ["北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
        "subject": "Re: 3社合同 出向者連絡会の開催について",
        "charset": "utf-8",
        "body": """真壁様
北国フーズ 人事課 ご担当者様

日程のご回答ありがとうございました。
３社合同の出向者連絡会は、１月２９日（木）１５時から弊社本社で開催いたします。

当日の議題（案）
・出向者の自己申告・面談の運用（出向元・出向先の役割分担）
・評価のすり合わせ時期
・出向期間延長の手続き

資料は１月２２日までにお送りします。
よろしくお願いいたします。

忽那

> 忽那様
> 川崎電機としては 1/29 午後であれば参加可能です。
> 真壁
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc for a normal meeting",
    },
    {
        "id": "jikoshinkoku-059",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "FW: 自己申告 記入内容についての相談",
        "charset": "iso-2022-jp",
        "body": """森本様

東海林さんから下記の相談が来ております。
面談でこの点を深掘りしていただけますでしょうか。
ご本人からは転送の了承をもらっています。

黒川

-------- 転送メッセージ --------
差出人: 東海林 浩二 <k-shoji@hinode-sangyo.co.jp>
宛先: 黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>
件名: 自己申告 記入内容についての相談

黒川さん

自己申告の「配慮を求めたい事項」に何と書けばよいか迷っていて、相談です。
次男（小４）が今年ADHDと診断され、通級指導教室に通い始めました。
環境の変化に弱いため、少なくとも小学校卒業までは転居を伴う転勤は避けたいです。
ただ、物流企画への異動自体は希望しています。

申告書にどこまで書くべきでしょうか。

東海林
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forward (new text to its recipient) of an employee's mail naming his son's ADHD diagnosis, sent to an external consultant",
    },
    {
        "id": "jikoshinkoku-060",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>"],
        "subject": "Re: 東海林さんの件",
        "charset": "utf-8",
        "body": """黒川さん

了解です。東海林さんの物流企画への異動は、転居を伴わない本社内の異動なので
来春で調整しましょう。次男さんの件は本人が申告書に書くかどうかに関わらず、
人事部内で「転勤配慮」のフラグを立てておいてください。

ただ、こういう相談を外部のコンサルタントに転送するときは、事前に私か
労務課に一声かけてください。

忽那

> 部長
> 東海林さんから、次男さんのADHD診断を理由に転勤を避けたいとの相談がありました。
> 森本さん（キャリアブリッジ）にも面談で深掘りしてもらうよう依頼済みです。
> 黒川
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal reply between HR manager and staff (diagnosis only in the quote): internal recipients only",
    },
    {
        "id": "jikoshinkoku-061",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["株式会社ネクストステージ 仙波 様 <semba@nextstage-career.com>"],
        "subject": "再就職支援 対象者データの送付",
        "charset": "utf-8",
        "body": """仙波様

お世話になっております。忽那です。
セカンドキャリア支援制度への応募者のうち、再就職支援を希望する者の
データをまとめてお送りします（ZIP内のCSV、UTF-8です）。
初回カウンセリングのご案内を各人の自宅宛てにお願いいたします。

忽那
""",
        "attachments": [{
            "kind": "zip", "name": "saishushoku_shien_taishosha.zip",
            "files": [{
                "kind": "csv", "name": "taishosha.csv", "encoding": "utf-8",
                "rows": [
                    ["氏名", "ふりがな", "生年月日", "郵便番号", "住所", "電話", "退職予定日"],
                    ["蔵人 聡", "くらんど さとし", "1974/06/30", "331-0812", "埼玉県さいたま市北区宮原町３－４２１－５", "090-3318-2260", "2026/03/31"],
                    ["苫米地 修", "とまべち おさむ", "1971/01/22", "338-0001", "埼玉県さいたま市中央区上落合８－１１－３", "080-1145-7302", "2026/03/31"],
                    ["阿久津 梨沙", "あくつ りさ", "1973/09/08", "362-0034", "埼玉県上尾市愛宕２－１９－１４", "070-5581-0936", "2026/03/31"],
                    ["石動 昭", "いするぎ あきら", "1970/04/17", "343-0845", "埼玉県越谷市南越谷４－２－９", "090-6672-1408", "2026/02/28"],
                    ["真栄田 孝", "まえだ たかし", "1972/11/03", "330-0064", "埼玉県さいたま市浦和区岸町６－７－２０２", "080-2290-6651", "2026/03/31"],
                    ["鬼塚 由美子", "おにづか ゆみこ", "1971/07/29", "350-1123", "埼玉県川越市脇田本町２４－６", "090-9012-4478", "2026/03/31"],
                    ["阿比留 透", "あびる とおる", "1969/12/12", "335-0004", "埼玉県蕨市中央３－１３－２", "070-4403-8815", "2026/01/31"],
                    ["大豆生田 徹", "おおまめうだ とおる", "1970/08/05", "360-0037", "埼玉県熊谷市筑波１－１０８", "090-5537-2194", "2026/03/31"],
                    ["東風谷 幸恵", "こちや さちえ", "1972/02/14", "344-0067", "埼玉県春日部市中央５－９－１", "080-6628-3370", "2026/03/31"],
                ],
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV inside a plain ZIP lists 9 employees' DOB, home address and phone for an outplacement firm",
    },
    {
        "id": "jikoshinkoku-062",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["株式会社ネクストステージ 仙波 様 <semba@nextstage-career.com>"],
        "subject": "Re: ご提案書・お見積書の件",
        "charset": "iso-2022-jp",
        "body": """仙波様

ご提案書とお見積書をありがとうございました。
社内稟議用に、料金表だけ抜き出したものを作りましたので、
記載内容に誤りがないかご確認いただけますでしょうか。

忽那
""",
        "attachments": [{
            "kind": "pdf", "name": "nextstage_ryokin.pdf",
            "lines": ["株式会社ネクストステージ　料金表（日の出産業様向け）", "有効期限：令和8年3月31日", ""],
            "table": [
                ["サービス", "単位", "単価（税別）", "数量", "小計"],
                ["50代キャリア研修（2日間）", "1回", "880,000円", "1", "880,000円"],
                ["個別カウンセリング", "1人3回", "66,000円", "30", "1,980,000円"],
                ["再就職支援（6か月）", "1人", "550,000円", "10", "5,500,000円"],
                ["合計", "", "", "", "8,360,000円"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a price table in a PDF: business data only",
    },
    {
        "id": "jikoshinkoku-063",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["仁平 彩花 <a-nihei@hinode-sangyo.jp>"],
        "subject": "九十九さん 面談記録",
        "charset": "shift_jis",
        "body": """仁平さん

九十九さんの面談記録です。出向手続きの参考にしてください。

--- 面談記録 ---
氏名：九十九 遥（情報システム部）
面談日：2025年11月10日
生年月日：1997年12月25日
連絡先：080-5536-1902（私用携帯、本人了承済み）
内容：川崎電機への出向を強く希望。MES導入の経験を活かしたい。
　　　将来的には海外拠点（タイ）勤務も視野。
　　　家族事情：特になし（独身、実家は静岡）
--- ここまで ---

宇佐美
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "internal mail mis-addressed to hinode-sangyo.jp (dropped co.): look-alike of the own domain",
    },
    {
        "id": "jikoshinkoku-064",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["あさひオートリース 法人課 <hojin@asahi-autolease.co.jp>"],
        "subject": "名古屋支店 営業車の運転者登録（4月着任者）",
        "charset": "iso-2022-jp",
        "body": """あさひオートリース株式会社
法人課 ご担当者様

いつもお世話になっております。日の出産業 総務部の鴨志田です。
４月に名古屋支店へ着任する営業社員３名を、リース車両の運転者として
登録をお願いいたします。

　鬼頭 昌平　　運転免許証番号 ６２２１０４８８７３１０　有効期限 令和１０年７月８日
　蛭子 陽介　　運転免許証番号 ３０１８１１６２０４５９　有効期限 令和９年１１月２日
　相良 悠真　　運転免許証番号 ３０２２０９５７１８４６　有効期限 令和１１年５月１３日

任意保険の運転者限定もあわせて変更をお願いします。

総務部 鴨志田（TEL 048-641-7711）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "three driving-licence numbers (identity documents) to a leasing company",
    },
    {
        "id": "jikoshinkoku-065",
        "sender": "Tomoya Kurokawa <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@talentscope.com>"],
        "subject": "Feedback report format - Japanese version",
        "charset": "utf-8",
        "body": """Hi Priya,

A few requests on the Japanese feedback report before we roll it out:

1. Please use "所属長" rather than "上司" for the manager rater group.
2. Free-text comments should be shown only when at least 3 raters answered,
   to protect rater anonymity.
3. Could the cover page show the fiscal year in both Western and Japanese
   era format (2026 / 令和8年度)?
4. The radar chart labels overlap on A4 portrait. Landscape would be fine.

No rush - anytime before the end of January works for us.

Kind regards,
Tomoya Kurokawa
HR Department, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail about report formatting: no personal data",
    },
    {
        "id": "jikoshinkoku-066",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["こころの相談室 水無瀬 様 <minase@kokoro-soudan.or.jp>"],
        "subject": "高ストレス者・要フォロー者の面談依頼",
        "charset": "utf-8",
        "body": """一般社団法人こころの相談室
水無瀬 様

いつもお世話になっております。日の出産業 労務課の八月朔日です。
自己申告で「心身の不調」欄に記載があった社員と、健診で要フォローとなった社員の
一覧を添付いたします。順次カウンセリングのご案内をお願いできますでしょうか。

""" + SIG_HOZUMI,
        "attachments": [{
            "kind": "xlsx", "name": "要フォロー者一覧_R7.xlsx",
            "sheets": {
                "一覧": [
                    ["要フォロー者一覧（令和7年度 自己申告・定期健診より）"],
                    [],
                    ["氏名", "年齢", "所属", "連絡先", "申告・所見"],
                    ["勅使河原 潤", 28, "東日本営業", "j-teshigawara@hinode-sangyo.co.jp", "適応障害で休職歴、復職後6か月"],
                    ["我妻 秀樹", 45, "総務部", "h-wagatsuma@hinode-sangyo.co.jp", "2型糖尿病 HbA1c 8.2、不眠の訴え"],
                    ["一尺八寸 豊", 44, "東日本営業", "y-kamatsuka@hinode-sangyo.co.jp", "介護疲れ、抑うつ傾向（ストレスチェック高ストレス）"],
                    ["蛭子 陽介", 33, "第一工場", "y-ebisu@hinode-sangyo.co.jp", "双極性障害で通院中"],
                    ["香取 萌", 26, "品質保証", "m-katori@hinode-sangyo.co.jp", "過敏性腸症候群、夜勤で悪化"],
                    ["帯刀 雅人", 37, "第二工場", "m-tatewaki@hinode-sangyo.co.jp", "γ-GTP 212、飲酒量増加の自己申告"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list of 6 employees with diagnoses and health-check findings to an outside EAP: list and sensitive",
    },
    {
        "id": "jikoshinkoku-067",
        "sender": "五月女 瞳 <h-sotome@hinode-sangyo.co.jp>",
        "to": ["人事システム連携 <hr-batch@sys.hinode-sangyo.co.jp>"],
        "subject": "自己申告データ 取込用CSV（全社）",
        "charset": "utf-8",
        "body": """人事システム連携ご担当

自己申告の締切後データを取込用に出力しました。
タレントマネジメント側への取込をお願いします（本番は11/1 2:00のバッチ）。

五月女
""",
        "attachments": [{
            "kind": "csv", "name": "jikoshinkoku_export_20251025.csv", "encoding": "utf-8",
            "rows": [
                ["社員番号", "氏名", "生年月日", "異動希望", "転勤可否", "配慮事項"],
                ["H10482", "勅使河原 潤", "1997-06-14", "内勤", "不可", "健康上の理由"],
                ["H10517", "小鳥遊 美月", "1998-01-09", "第二工場事務", "可", "本人申出（安全上の理由）"],
                ["H09233", "纐纈 大輔", "1991-11-30", "第一工場", "不可", "実母と同居"],
                ["H09251", "栗花落 汐里", "1992-03-21", "現職継続", "不可", "子の通院"],
                ["H05118", "東海林 浩二", "1980-08-02", "物流企画", "条件付き", "子の通学"],
                ["H05140", "我妻 秀樹", "1980-05-17", "現職継続", "不可", "持病"],
                ["H10499", "九十九 遥", "1997-12-25", "出向", "可", ""],
                ["H09277", "鬼頭 昌平", "1990-07-08", "海外営業", "可", ""],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "full self-assessment export to an internal subdomain (sys.hinode-sangyo.co.jp): internal",
    },
    {
        "id": "jikoshinkoku-068",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 宮城先生 <miyagi@shirakawa-law.jp>"],
        "subject": "組織改編に伴う配置転換案のリーガルチェック",
        "charset": "utf-8",
        "body": """宮城先生

お世話になっております。忽那です。
来年４月の組織改編に伴う配置転換案を添付いたします。
転居を伴う異動のうち、本人が自己申告で「転勤不可」としている者について、
配転命令の有効性の観点からご意見を伺えればと存じます。

忽那
""",
        "attachments": [{
            "kind": "docx", "name": "組織改編_配置転換案.docx",
            "page_header": "極秘",
            "paragraphs": [
                "【極秘】令和8年4月 組織改編に伴う配置転換案（取締役会提出前）",
                "1. 大阪営業所を閉鎖し、名古屋支店に統合する。",
                "2. 転居を伴う異動対象者のうち、自己申告で転勤不可とした者は以下のとおり。",
            ],
            "tables": [[
                ["氏名", "現所属", "異動先", "自己申告"],
                ["毒島 千晶", "大阪営業所", "名古屋支店", "転勤可"],
                ["廿日出 梢", "大阪営業所", "名古屋支店", "転勤不可（子の通院）"],
                ["左右田 啓", "大阪営業所", "本社", "転勤可"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "DOCX stamped 極秘 (header and title) to the outside law firm",
    },
    {
        "id": "jikoshinkoku-069",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["ケアリンク 吉良様 <kira@carelink-navi.co.jp>"],
        "subject": "相談申込書（記入済み）の送付",
        "charset": "iso-2022-jp",
        "body": """吉良様

お世話になっております。八月朔日です。
社員から提出のあった相談申込書（Word）をお送りします。
内容のご確認をお願いいたします。

八月朔日
""",
        "attachments": [{"kind": "corrupt", "name": "相談申込書_記入済.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt DOCX to an external service: cannot be inspected",
    },
    {
        "id": "jikoshinkoku-070",
        "sender": "人事部 人材開発課 <career@hinode-sangyo.co.jp>",
        "to": ["管理職各位 <managers@hinode-sangyo.co.jp>"],
        "subject": "【人事NEWS vol.38】キャリア面談の進め方のポイント",
        "charset": "utf-8",
        "html": """<html><body>
<h2 style="color:#c0392b">人事NEWS vol.38 ― キャリア面談の進め方</h2>
<p>管理職の皆さま、自己申告の提出ありがとうございました。いよいよ面談期間です。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>ステップ</th><th>ポイント</th><th>NG例</th></tr>
<tr><td>1. 導入</td><td>面談の目的と守秘を最初に伝える</td><td>いきなり評価の話をする</td></tr>
<tr><td>2. 振り返り</td><td>本人の言葉で1年を振り返ってもらう</td><td>上司が一方的に総括する</td></tr>
<tr><td>3. 希望の確認</td><td>異動・転勤の希望は理由まで聴く</td><td>「会社都合だから」と打ち切る</td></tr>
<tr><td>4. 家庭の事情</td><td>本人が話した範囲にとどめ、詮索しない</td><td>家族の病名を聞き出す</td></tr>
<tr><td>5. まとめ</td><td>次のアクションを合意する</td><td>約束できない異動を確約する</td></tr>
</table>
<p>介護・育児・治療との両立に関する申出は、人事部 労務課（内線3160）へつないでください。</p>
<p style="font-size:9pt;color:#777">人事部 人材開発課</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal HTML newsletter to managers",
    },
    {
        "id": "jikoshinkoku-071",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": [
            "芦原 先生 <ashihara@career-office-ashihara.jp>",
            "能登谷 先生 <notoya@cdi-consulting.co.jp>",
            "仲宗根 先生 <nakasone@mirai-career.com>",
        ],
        "cc": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "面談コンサルタント登録のお願い（繁忙期の応援）",
        "charset": "shift_jis",
        "body": """芦原先生、能登谷先生、仲宗根先生

はじめまして。日の出産業 人事部の黒川と申します。
キャリアブリッジの森本様からご紹介いただき、ご連絡しております。

当社では11月～12月に社員のキャリア面談が集中するため、
森本様のチームに加えて、面談コンサルタントとしてご登録いただける方を
探しております。

・期間：11月10日～12月19日のうち、週1～2日
・場所：本社（さいたま市大宮区）またはオンライン
・報酬：1面談（60分）あたり 15,000円（税別）

ご関心がありましたら、ご都合のよい曜日をお知らせください。
""" + SIG_KUROKAWA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three independent consultants plus the introducing firm in To/Cc: four external parties visible",
    },
    {
        "id": "jikoshinkoku-072",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["鬼塚 様 <onizuka.yumi@yahoo.co.jp>"],
        "subject": "在籍期間証明書の発送について",
        "charset": "iso-2022-jp",
        "body": """鬼塚様

日の出産業 人事部 労務課の八月朔日です。
先日ご依頼いただいた在籍期間証明書を、本日ご自宅宛てに簡易書留で発送しました。
２〜３日でお手元に届く見込みです。

その他の証明書が必要な場合も、このアドレスまでお気軽にご連絡ください。
新しい職場でのご活躍をお祈りしております。

八月朔日
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a short note to one former employee at a free-mail address",
    },
    {
        "id": "jikoshinkoku-073",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 真壁様 <makabe@kawasaki-denki.co.jp>"],
        "subject": "出向候補者（九十九）の件 ― 運転業務について",
        "charset": "iso-2022-jp",
        "body": """真壁様

お世話になっております。忽那です。
出向候補の件で、一点お伝えしておくべき事項がございます。

候補者の一人、帯刀 雅人（第二工場）は、令和５年に酒気帯び運転で検挙され、
罰金刑（３０万円）を受けております。当社では懲戒（出勤停止）処分としたうえで
現在は社用車の運転業務から外しております。
御社での業務に構内車両の運転が含まれる場合はご配慮をお願いいたします。

なお、九十九については特段の事項はございません。

人事部長　忽那
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's arrest and criminal fine (犯罪の経歴) to a partner company",
    },
    {
        "id": "jikoshinkoku-074",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "面談当日の連絡先（所属長）",
        "charset": "utf-8",
        "body": """森本様

面談当日に所属長へ連絡が必要になった場合の連絡先です。
（いずれも本人了承済みの社用携帯です）

 所属長            部署            社用携帯
 ----------------  --------------  --------------
 左近司 拓也       営業部          070-1184-6620
 百目鬼 亮         製造部          070-1184-6655

よろしくお願いいたします。
宇佐美
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two managers' names and company mobiles to the consultant: two records, may warn",
    },
    {
        "id": "jikoshinkoku-075",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
        "subject": "札幌工場への出向希望者（自己申告より）",
        "charset": "utf-8",
        "html": """<html><body>
<p>北国フーズ株式会社 人事課 御中</p>
<p>いつもお世話になっております。日の出産業の忽那です。<br>
今年度の自己申告で、御社札幌工場への出向を希望した社員の一覧です。
面談のご調整は各人へ直接ご連絡ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>氏名</th><th>年齢</th><th>所属</th><th>携帯</th><th>私用メール</th><th>希望時期</th></tr>
<tr><td>ハサン・アリフ</td><td>35</td><td>第一工場</td><td>080-4471-2093</td><td>hasan.arif90@gmail.com</td><td>R8.4</td></tr>
<tr><td>嘉納 里奈</td><td>30</td><td>品質保証部</td><td>080-2273-5519</td><td>rina.kano.q@icloud.com</td><td>R8.10</td></tr>
<tr><td>宍戸 蓮</td><td>23</td><td>情報システム部</td><td>090-8836-1527</td><td>ren.shishido@outlook.jp</td><td>R9.4</td></tr>
<tr><td>鹿目 智也</td><td>29</td><td>第二工場</td><td>070-4418-2275</td><td>kaname-t@docomo.ne.jp</td><td>R8.4</td></tr>
<tr><td>猪狩 陽菜</td><td>22</td><td>品質保証部</td><td>080-6630-7719</td><td>hina.igari@yahoo.co.jp</td><td>R8.10</td></tr>
<tr><td>大豆生田 亮</td><td>41</td><td>物流部</td><td>090-2207-5538</td><td>omameuda.r@gmail.com</td><td>R8.4</td></tr>
<tr><td>左右田 啓</td><td>31</td><td>東日本営業</td><td>070-2295-1736</td><td>soda.kei@gmail.com</td><td>R9.4</td></tr>
</table>
<p>日の出産業株式会社 人事部長 忽那 健吾</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of 7 employees with mobiles and private e-mails to the secondment host",
    },
    {
        "id": "jikoshinkoku-076",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["桐生 <kiryu@aoyama-sr.jp>"],
        "subject": "扶養控除等申告書の変更分（東海林さん）",
        "charset": "shift_jis",
        "body": """桐生先生

お世話になっております。
年末調整に向けて、扶養控除等申告書に変更があった東海林さんの分を
Excelにまとめました。ご確認をお願いいたします。

八月朔日
""",
        "attachments": [{
            "kind": "xlsx", "name": "fuyo_henko_shoji.xlsx",
            "sheets": {
                "扶養控除等申告": [
                    ["令和8年分 給与所得者の扶養控除等（異動）申告書 変更内容"],
                    ["区分", "氏名", "続柄", "生年月日", "個人番号", "備考"],
                    ["本人", "東海林 浩二", "", "S55.8.2", my_number(SEED + 3), ""],
                    ["控除対象配偶者", "東海林 真澄", "妻", "S57.1.26", my_number(SEED + 4), "パート収入見込 98万円"],
                    ["扶養親族", "東海林 律", "長男", "H24.9.14", my_number(SEED + 5), ""],
                    ["扶養親族", "東海林 碧", "次男", "H27.6.1", my_number(SEED + 6), "年少扶養"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four My Numbers of an employee's family in an XLSX to an outside 社労士",
    },
    {
        "id": "jikoshinkoku-077",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["桐生 <kiryu@aoyama-sr.jp>"],
        "subject": "RE: 扶養追加の件（纐纈様）手続き完了のご報告",
        "charset": "iso-2022-jp",
        "body": f"""桐生先生

手続き完了のご連絡、ありがとうございました。
新しい保険証が届きましたら、ご本人へ渡します。
引き続きよろしくお願いいたします。

八月朔日

差出人: 桐生 <kiryu@aoyama-sr.jp>
送信日時: 2025年11月12日 16:05
宛先: 八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>
件名: 扶養追加の件（纐纈様）手続き完了のご報告

日の出産業株式会社
八月朔日様

纐纈 大輔様の被扶養者（異動）届、本日電子申請にて受理されました。
念のため申請内容を記載いたします。

　被保険者：纐纈 大輔　個人番号 {_sp(my_number(SEED + 7))}
　被扶養者：纐纈 節子（実母）　個人番号 {_sp(my_number(SEED + 8))}
　認定日　：令和７年１１月１日

青山社会保険労務士事務所　桐生
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "My Numbers appear only in the quoted mail from the 社労士 (差出人/送信日時 block); the new text is a thank-you",
    },
    {
        "id": "jikoshinkoku-078",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["ケアリンク 吉良様 <kira@carelink-navi.co.jp>"],
        "subject": "転送：母の介護について（長宗我部さんからの相談）",
        "charset": "utf-8",
        "body": """吉良様

お世話になっております。八月朔日です。
当社社員 長宗我部さんからの相談メールを転送しますので、
法人契約の相談サービスでご対応いただけますでしょうか。

---------- Forwarded message ---------
From: 長宗我部 聡 <s-chosokabe@hinode-sangyo.co.jp>
To: 八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>
Subject: 母の介護について

八月朔日さん

自己申告にも書きましたが、改めて相談させてください。
同居している母（７６歳）が９月にアルツハイマー型認知症と診断されました。
最近は夜中に外へ出てしまうことがあり、私が夜勤の日は妻だけでは対応が難しいです。
日勤のみのシフトにしてもらえないか、また介護サービスの使い方も相談したいです。

長宗我部 聡（第二工場）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forward (counts as new text) of an employee's mail naming his mother's Alzheimer's diagnosis, to an external service",
    },
    {
        "id": "jikoshinkoku-079",
        "sender": "百目鬼 亮 <r-domeki@hinode-sangyo.co.jp>",
        "to": ["黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>"],
        "cc": ["八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>"],
        "subject": "製造部 面談所感（長宗我部・蛭子・香取）",
        "charset": "shift_jis",
        "body": """黒川さん

製造部の所属長面談が終わりましたので、気になった3名だけ所感を送ります。

■長宗我部 聡
　母親の認知症が進んでおり、夜勤継続は難しい。日勤のみの班への異動を検討したい。
■蛭子 陽介
　双極性障害の通院を継続中。本人は出向に前向きだが、環境変化が体調に与える影響が心配。
　産業医の意見も聞きたい。
■香取 萌
　過敏性腸症候群が夜勤で悪化しているとのこと。品質保証の日勤業務への配置換えを希望。

労務課とも共有しておきます。

百目鬼
製造部 課長 内線5301
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "manager's interview notes with health details, internal recipients only",
    },
    {
        "id": "jikoshinkoku-080",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["宮城先生 <miyagi@shirakawa-Iaw.jp>"],
        "subject": "Re: 配転命令の件（打合せ日程）",
        "charset": "iso-2022-jp",
        "body": """宮城先生

ご返信ありがとうございます。
廿日出さんの配転の件、１２月２日（火）１５時に貴事務所へ伺います。
当日は労務課の八月朔日も同席いたします。

資料として、これまでの面談記録と本人の自己申告書の写しを持参いたします。

忽那
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-Iaw.jp (capital I for l) is a homoglyph look-alike of partner shirakawa-law.jp",
    },
    {
        "id": "jikoshinkoku-081",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 宮城先生 <miyagi@shirakawa-law.jp>"],
        "subject": "転勤命令と家庭事情の考慮義務について（一般論のご質問）",
        "charset": "iso-2022-jp",
        "body": """宮城先生

いつもお世話になっております。日の出産業の忽那です。
個別案件に入る前に、一般論として教えていただきたい点がございます。

当社では自己申告で「転勤不可」を申告する社員が年々増えております。
例えば、社員Ａが「子の通院」を理由に転勤不可と申告しているが、
業務上の必要性から転居を伴う異動を命じたい、というケースで、

　１．会社が考慮すべき事情の範囲（育児介護休業法２６条の配慮義務との関係）
　２．配慮として何をすれば足りるか（単身赴任手当、帰省旅費、時期の調整など）
　３．本人が拒否した場合の懲戒の可否

について、判例の傾向を踏まえてご教示いただけますでしょうか。
次回の顧問相談（１２月９日）の議題に加えていただければ幸いです。

日の出産業株式会社　人事部長　忽那 健吾
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised legal question (社員Ａ) to the partner law firm's real domain",
    },
    {
        "id": "jikoshinkoku-082",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["井筒 亜紀 <izutsu@assessment-lab.jp>"],
        "subject": "適性検査×評価結果の相関分析用データ",
        "charset": "shift_jis",
        "body": """井筒様

お世話になっております。宇佐美です。
ご依頼の相関分析用データ（旧形式のExcelで失礼します）をお送りします。
受検者IDと当社の評価結果を紐付けたものです。

宇佐美
""",
        "attachments": [{
            "kind": "xls", "name": "soukan_bunseki.xls",
            "sheets": {
                "data": [
                    ["受検者ID", "氏名", "生年月日", "性別", "部署", "前期評価", "今期評価", "異動希望"],
                    ["AL-55012", "相良 悠真", "2002/05/13", "男", "営業部", "B", "A", "なし"],
                    ["AL-55013", "天明 柚希", "2002/09/01", "女", "製造部", "B", "B", "品質保証"],
                    ["AL-55014", "雲母 直人", "2001/12/24", "男", "物流部", "A", "A", "なし"],
                    ["AL-55015", "百武 奏", "2002/02/07", "女", "経理部", "B", "B", "人事部"],
                    ["AL-55016", "宍戸 蓮", "2002/07/30", "男", "情報システム部", "A", "S", "出向"],
                    ["AL-55017", "猪狩 陽菜", "2003/01/18", "女", "品質保証部", "B", "A", "札幌"],
                    ["AL-55018", "舟久保 颯", "2002/04/22", "男", "製造部", "C", "B", "仙台"],
                    ["AL-55019", "四月一日 凛", "2002/10/05", "女", "営業部", "B", "B", "なし"],
                    ["AL-55020", "祖父江 大河", "2001/06/11", "男", "購買部", "B", "C", "営業部"],
                    ["AL-55021", "榎本 心春", "2002/08/16", "女", "総務部", "A", "A", "なし"],
                    ["AL-55022", "鹿目 智也", "1996/03/03", "男", "製造部", "B", "B", "札幌"],
                    ["AL-55023", "香取 萌", "1999/05/29", "女", "品質保証部", "B", "B", "日勤"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with 12 employees' DOB, gender and appraisal grades to an assessment vendor",
    },
    {
        "id": "jikoshinkoku-083",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["井筒 亜紀 <izutsu@assessment-lab.jp>"],
        "subject": "Re: 【納品】適性検査 結果レポート（11月実施分）",
        "charset": "iso-2022-jp",
        "body": """井筒様

結果レポートの納品、ありがとうございました。
専用サイトから全件ダウンロードできることを確認いたしました。

一点、請求書（No.AL-2511-0087）の金額が、見積書（No.Q-2509-114）の
１０名分の単価 ４,４００円 ×１０名＝４４,０００円（税込）と異なり、
４８,４００円となっております。ご確認いただけますでしょうか。

宇佐美

> 日の出産業株式会社 宇佐美様
> 11月実施分（10名）の結果レポートを専用サイトにアップロードいたしました。
> ダウンロード期限は12月末日です。請求書を添付いたします。
> アセスメント・ラボ 井筒
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice question with invoice/quote numbers: ordinary business mail",
    },
    {
        "id": "jikoshinkoku-084",
        "sender": "採用チーム 相模 <saiyo@hinode-sangyo.co.jp>",
        "to": [
            "片桐 陽向 様 <hinata.katagiri@gmail.com>",
            "真野 結衣 様 <yui-mano1203@yahoo.co.jp>",
            "乙部 颯太 様 <sota.otobe@icloud.com>",
            "都築 美羽 様 <miu.tsuzuki@outlook.jp>",
            "早乙女 蒼 様 <aoi-saotome@docomo.ne.jp>",
        ],
        "cc": ["東都大学 キャリアセンター <career-center@toto-u.ac.jp>"],
        "subject": "【日の出産業】内定者面談（配属希望ヒアリング）のご案内",
        "charset": "utf-8",
        "body": """内定者の皆さま

こんにちは。日の出産業 採用チームの相模です。
入社に向けて、配属希望や勤務地の希望をお伺いする個別面談を行います。
入社後の自己申告制度の説明もあわせて行いますので、ぜひご参加ください。

日程：12月15日（月）～19日（金）の平日 10:00～17:00（1人30分）
方法：オンライン（Zoom）
予約：下記フォームから12月5日までにご予約ください
　https://saiyo.hinode-sangyo.co.jp/naiteisha/mendan

大学のキャリアセンターにも情報共有のためCCしております。

日の出産業株式会社 人事部 採用チーム
相模 Tel 048-641-7725
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "five students' private addresses plus a university in To/Cc: six external parties visible to each other",
    },
    {
        "id": "jikoshinkoku-085",
        "sender": "八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>",
        "to": ["第二工場 総務 <soumu-tochigi@mail.hinode-sangyo.co.jp>"],
        "subject": "長宗我部さんのシフト変更について（配慮のお願い）",
        "charset": "iso-2022-jp",
        "body": """第二工場 総務ご担当者様

本社労務課の八月朔日です。
製造部の長宗我部 聡さん（社員番号H06630）について、ご家族の介護のため
１２月からのシフトを日勤のみとするよう、百目鬼課長と合意しました。

お母様がアルツハイマー型認知症と診断され、夜間の見守りが必要とのことです。
ご本人の了承を得て必要な範囲でお伝えしていますので、工場内での共有は
班長までにとどめてください。

勤怠システムのシフトパターン変更をお願いします。

八月朔日
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "diagnosis of an employee's mother, sent to an internal subdomain (mail.hinode-sangyo.co.jp): internal",
    },
    {
        "id": "jikoshinkoku-086",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "面談キャンセルのご連絡（仁平さん）",
        "charset": "shift_jis",
        "body": """森本様

お世話になっております。宇佐美です。
11/27に予定していた人事部 労務課の仁平 彩花さんの面談ですが、
ご本人が切迫早産のため昨日から入院となり、キャンセルさせてください。
妊娠28週で、医師からは出産まで安静にするよう言われているそうです。

産休・育休の後、復職のタイミングで改めて面談をお願いできればと思います。
その際の費用の扱い（キャンセル料）についてもご教示ください。

宇佐美
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's hospitalisation for threatened premature labour (medical) to an external consultant",
    },
    {
        "id": "jikoshinkoku-087",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "次世代リーダー候補 選抜資料（ご意見のお願い）",
        "charset": "utf-8",
        "body": """森本様

お世話になっております。
役員会に提出予定の「次世代リーダー候補」選抜資料の案を添付します。
面談でお会いいただいた方も含まれていますので、コメントをいただけますと幸いです。

黒川
""",
        "attachments": [{
            "kind": "pptx", "name": "次世代リーダー候補_選抜案.pptx",
            "slides": [
                ["次世代リーダー候補 選抜案", "令和7年度 人事部 人材開発課", "対象：30～40歳の総合職 8名"],
                ["候補者一覧（1/2）",
                 "鬼頭 昌平（35）西日本営業　評価A/A/S　海外営業希望　携帯 090-3381-5507",
                 "九十九 遥（27）情報システム　評価S/A/S　出向希望　携帯 080-5536-1902",
                 "月見里 航（32）海外営業　評価A/A/A　駐在希望　携帯 080-6612-0948",
                 "纐纈 大輔（34）第二工場　評価A/S/A　県内勤務希望　携帯 090-2218-4475"],
                ["候補者一覧（2/2）",
                 "栗花落 汐里（33）品質保証　評価A/A/A　転勤不可　携帯 080-3360-9124",
                 "左右田 啓（31）東日本営業　評価B/A/A　マーケ希望　携帯 070-2295-1736",
                 "嘉納 里奈（30）品質保証　評価A/B/A　札幌出向希望　携帯 080-2273-5519",
                 "京極 正臣（45）海外営業　評価A/A/B　条件付き転勤可　携帯 090-7716-3380"],
                ["今後の進め方", "1月：役員面接", "2月：育成計画の策定", "4月：選抜研修開始"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX lists 8 employees with age, appraisal grades and mobiles to an external consultant",
    },
    {
        "id": "jikoshinkoku-088",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "キャリア研修（30代向け）の構成案",
        "charset": "iso-2022-jp",
        "body": """森本様

お世話になっております。黒川です。
先日ご相談した３０代向けキャリア研修の構成案をスライドにまとめました。
講義パートの時間配分についてご意見をいただけますでしょうか。

黒川
""",
        "attachments": [{
            "kind": "pptx", "name": "career_kenshu_30dai_draft.pptx",
            "slides": [
                ["30代向けキャリア研修（案）", "日の出産業株式会社 人事部", "2026年2月実施予定"],
                ["ねらい", "自己申告を「書類」から「対話の材料」に変える", "ライフイベントとキャリアの両立を考える"],
                ["プログラム", "9:30 オリエンテーション", "10:00 講義：キャリアの棚卸し（外部講師）",
                 "13:00 ワーク：5年後の自分", "15:30 グループ共有", "16:30 まとめ・自己申告への反映"],
                ["事後フォロー", "希望者には外部コンサルタントとの個別面談（60分）"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX training outline with no personal data",
    },
    {
        "id": "jikoshinkoku-089",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
        "subject": "出向者評価シート（上期）の送付",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社 人事課 御中

お世話になっております。日の出産業の忽那です。
御社へ出向中の弊社社員の上期評価シートをお送りします。
評価コメントの記入をお願いいたします。

ZIPのパスワード：Kitaguni1202

よろしくお願いいたします。
""",
        "attachments": [{
            "kind": "zip", "name": "shukkousha_hyoka_2025H1.zip", "password": "Kitaguni1202",
            "files": [
                {"kind": "xlsx", "name": "評価シート_出向者.xlsx", "sheets": {"評価": [
                    ["氏名", "出向先部署", "目標", "自己評価"],
                    ["大豆生田 亮", "札幌工場 物流課", "入出荷リードタイム短縮", "A"],
                ]}},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP to a partner (password in the same mail): the contents cannot be inspected",
    },
    {
        "id": "jikoshinkoku-090",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["株式会社ネクストステージ 仙波 様 <semba@nextstage-career.com>"],
        "subject": "セカンドキャリア支援制度 社内説明スケジュール",
        "charset": "utf-8",
        "body": """＜取扱注意＞
＜本メールの内容は社内公表前の情報です＞

仙波様

お世話になっております。忽那です。
セカンドキャリア支援制度の社内公表スケジュールが固まりましたので共有します。

・12月15日　取締役会で制度導入を決議
・12月17日　労働組合への説明
・1月8日　 対象者（50歳以上・約120名）への説明会
・1月13日～2月13日　応募期間
・3月31日　応募者の退職日

募集人数は40名、特別加算金は最大で月例給の24か月分を予定しています。
説明会での御社からのプログラム紹介（20分程度）をお願いいたします。

忽那
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "body opens with a ＜取扱注意＞ marking and goes to an external firm",
    },
    {
        "id": "jikoshinkoku-091",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 宮城先生 <miyagi@shirakawa-law.jp>"],
        "subject": "Re: 秘密保持契約書（案）の件 ― アセスメント・ラボ社",
        "charset": "iso-2022-jp",
        "body": """宮城先生

お世話になっております。人事部の宇佐美です。
アセスメント・ラボ社との秘密保持契約書について、先方から戻ってきた修正案を
添付いたします。主な修正は第５条（再委託）と第９条（損害賠償の上限）です。
当社として受け入れ可能か、ご確認をお願いいたします。

宇佐美

> 宇佐美様
> 先方の修正案が届きましたらお送りください。
> 白川法律事務所 宮城
""",
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_修正案_AL.docx",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社アセスメント・ラボ（以下「乙」という。）は、適性検査業務の委託に関し、以下のとおり契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する受検者の個人情報その他一切の情報をいう。",
                "第5条（再委託）乙は、甲の書面による事前の承諾を得た場合に限り、本業務の一部を第三者に再委託することができる。",
                "第9条（損害賠償）乙の損害賠償責任は、直近12か月に甲が支払った委託料の総額を上限とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an NDA draft sent to the partner law firm: about confidentiality, not marked confidential",
    },
    {
        "id": "jikoshinkoku-092",
        "sender": "宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>",
        "to": ["芦原 先生 <ashihara@career-office-ashihara.jp>"],
        "subject": "香取さん面談の進め方について",
        "charset": "utf-8",
        "body": """芦原先生

お世話になっております。日の出産業 宇佐美です。
来週お願いしている品質保証部の香取 萌さんの面談について、一点だけお伝えします。

ご本人は体調面の事情で夜勤のない部署への異動を希望しており、
面談ではその理由を詳しく聞かないでほしい、とのことです。
通院の予定と重ならないよう、午前中の枠でお願いできますでしょうか。

宇佐美
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named employee's unspecified health condition and hospital visits to an outside consultant: vague, no diagnosis",
    },
    {
        "id": "jikoshinkoku-093",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["アンピネット サポート <support@anpi-net.jp>"],
        "subject": "安否確認システム 緊急連絡先の一括登録（異動者分）",
        "charset": "iso-2022-jp",
        "body": """アンピネット株式会社
サポートご担当者様

日の出産業 総務部の鴨志田です。
１０月の異動に伴い、緊急連絡先が変わった社員の登録をお願いします。
管理画面からの一括登録がエラーになるため、代行登録をお願いできますでしょうか。

[1]
社員：天明 柚希（本社）
緊急連絡先：天明 修一（父）　０２８５−２２−４１９０
住所：栃木県小山市城東４−６−２３

[2]
社員：相良 悠真（名古屋支店）
緊急連絡先：相良 美和（母）　０９０−６６２７−３０１４
住所：静岡県浜松市中央区佐鳴台２−１８−５

[3]
社員：鹿目 智也（第二工場）
緊急連絡先：鹿目 裕子（妻）　０７０−４４１８−２２７６
住所：栃木県下野市小金井１１２４−９

[4]
社員：東雲 拓実（仙台営業所）
緊急連絡先：東雲 康弘（父）　０２２−３７５−８８０２
住所：宮城県仙台市泉区将監５−３３−１２

[5]
社員：猪狩 陽菜（本社）
緊急連絡先：猪狩 正人（父）　０２４−９２２−５１６７
住所：福島県郡山市富田町字西ノ宮８７

[6]
社員：祖父江 大河（本社）
緊急連絡先：祖父江 真理（母）　０５２−７８１−３３０９
住所：愛知県名古屋市千種区春岡１−２０−４

総務部　鴨志田（048-641-7711）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six records (employee, family contact, phone, address) one block each, to a safety-confirmation vendor",
    },
    {
        "id": "jikoshinkoku-094",
        "sender": "鴨志田 誠 <m-kamoshida@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業部 <hojin@aoba-unyu.co.jp>"],
        "subject": "来春の転勤引越し 法人契約料金の確認",
        "charset": "shift_jis",
        "body": """青葉運輸株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業の鴨志田です。
来春の定期異動に向けて、法人契約料金の確認をさせてください。

区分          距離          単身      2人以上
------------  ------------  --------  --------
近距離        ～50km        48,000    86,000
中距離        ～300km       78,000    142,000
長距離        300km超       115,000   198,000
繁忙期加算    3/15～4/10    +20%      +20%

昨年度からの改定があればお知らせください。
3月は例年20件前後の見込みです。

総務部 鴨志田
TEL 048-641-7711
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a price table with the partner mover: no personal data",
    },
    {
        "id": "jikoshinkoku-095",
        "sender": "忽那 健吾 <k-kutsuna@hinode-sangyo.co.jp>",
        "to": ["真壁様 <makabe@kawasaki-denki.com>"],
        "subject": "出向中社員（九十九）の評価について",
        "charset": "iso-2022-jp",
        "body": """真壁様

いつもお世話になっております。日の出産業の忽那です。
御社へ出向中の九十九 遥の上期評価について、ご記入いただいた評価シートを
拝受しました。出向元としての最終評価は「Ａ」とし、賞与に反映いたします。

本人は自己申告で出向期間の延長を希望しておりますので、
次回の連絡会でご相談させてください。

忽那
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "kawasaki-denki.com is a TLD-swapped look-alike of partner kawasaki-denki.co.jp",
    },
    {
        "id": "jikoshinkoku-096",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["宇佐美 玲奈 <r-usami@hinode-sangyo.co.jp>"],
        "cc": ["八月朔日 さくら <s-hozumi@hinode-sangyo.co.jp>"],
        "subject": "Re: Re: 外部コンサルへの情報共有ルール",
        "charset": "utf-8",
        "body": """宇佐美さん、八月朔日さん

整理ありがとうございます。部長にも了承をもらいました。
以下で運用しましょう。

・外部コンサルには「氏名・所属・面談希望の概要」のみ事前共有
・健康・家族の病気などは本人から面談で直接話してもらう
・面談記録は専用ストレージ経由、メール添付は禁止

黒川

> 黒川さん
> 先日の件を受けて、共有ルール案を作りました。
> 勅使河原さんの休職歴や栗花落さんのお子さんの病気のように、
> 事前共有してしまったケースがあったので、今後は本人経由にしたいです。
> 宇佐美
>
>> 宇佐美さん
>> 外部コンサルへの事前情報の範囲、一度ルールにしましょう。
>> 八月朔日
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal reply thread about a data-sharing rule: internal recipients only",
    },
    {
        "id": "jikoshinkoku-097",
        "sender": "Rena Usami <r-usami@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@talentscope.com>"],
        "subject": "Rater list for batch 2 (text file)",
        "charset": "utf-8",
        "body": """Dear Priya,

Attached is the rater list for batch 2 as a fixed-width text file exported from
our HR system (Shift_JIS, sorry). Employee number, name, date of birth and
hire date are included, as your import template requires.

Best regards,
Rena Usami
HR Department, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "txt", "name": "rater_list_batch2.txt", "encoding": "cp932",
            "text": """社員番号  氏名              生年月日    入社日
--------  ----------------  ----------  ----------
H05118    東海林 浩二       1980/08/02  2003/04/01
H05140    我妻 秀樹         1980/05/17  2003/04/01
H05093    薬師寺 恵         1980/10/11  2003/04/01
H05171    京極 正臣         1980/02/28  2003/04/01
H06630    長宗我部 聡       1980/12/01  2004/04/01
H06641    左近 玲子         1980/04/09  2004/04/01
H07712    月見里 航         1993/04/27  2016/04/01
H08874    毒島 千晶         1994/09/13  2017/04/01
H09233    纐纈 大輔         1991/11/30  2015/04/01
H09251    栗花落 汐里       1992/03/21  2015/04/01
H09277    鬼頭 昌平         1990/07/08  2015/04/01
H09288    仁平 彩花         1991/09/19  2015/04/01
H10482    勅使河原 潤       1997/06/14  2020/04/01
H10499    九十九 遥         1997/12/25  2020/04/01
H10517    小鳥遊 美月       1998/01/09  2020/04/01
""",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "fixed-width CP932 text file with 15 employees' DOB to an overseas vendor",
    },
    {
        "id": "jikoshinkoku-098",
        "sender": "Rena Usami <r-usami@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@talentscope.com>"],
        "subject": "Re: Batch 2 - accounts created",
        "charset": "utf-8",
        "body": """Dear Priya,

Thank you, all 15 accounts are confirmed on our side. We will send the
invitation e-mails on Monday 1 December.

Best regards,
Rena

On Thu, 27 Nov 2025 at 11:02, Priya Raman <priya.raman@talentscope.com> wrote:
> Dear Rena,
> The following accounts have been created:
>   H05118  Shoji Koji        1980-08-02  k-shoji@hinode-sangyo.co.jp
>   H05140  Wagatsuma Hideki  1980-05-17  h-wagatsuma@hinode-sangyo.co.jp
>   H05093  Yakushiji Megumi  1980-10-11  m-yakushiji@hinode-sangyo.co.jp
>   H05171  Kyogoku Masaomi   1980-02-28  m-kyogoku@hinode-sangyo.co.jp
>   H06630  Chosokabe Satoshi 1980-12-01  s-chosokabe@hinode-sangyo.co.jp
>   H06641  Sakon Reiko       1980-04-09  r-sakon@hinode-sangyo.co.jp
>   (9 more - see the portal)
> Best,
> Priya
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the participant list is only in the quoted vendor mail (\"On ... wrote:\"); the new text adds nothing",
    },
    {
        "id": "jikoshinkoku-099",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["能登谷 先生 <notoya@cdi-consulting.co.jp>"],
        "subject": "面談者の事前情報（百武さん）",
        "charset": "iso-2022-jp",
        "body": """能登谷先生

お世話になっております。日の出産業の黒川です。
来週お願いしている経理部 百武 奏さんの面談について、事前にお伝えします。

ご本人は在日韓国人三世で、社内では通名の「百武」を使用していますが、
本名は「白 奏（ペク・カナデ）」です。自己申告に「将来は韓国の取引先との
業務に関わりたい。ルーツを活かしたい」との記載がありました。
面談でもこの点に触れてよいとのことです。

黒川
""" + SIG_KUROKAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's ethnic origin (人種・出自) to an outside consultant",
    },
    {
        "id": "jikoshinkoku-100",
        "sender": "黒川 智也 <t-kurokawa@hinode-sangyo.co.jp>",
        "to": ["森本 彩子 <a-morimoto@careerbridge.co.jp>"],
        "subject": "今年度のキャリア面談 終了のお礼",
        "charset": "iso-2022-jp",
        "body": """森本様

いつも大変お世話になっております。日の出産業の黒川です。

１２月１９日をもって、今年度のキャリア面談（計１１２件）がすべて終了しました。
丁寧にご対応いただき、心より御礼申し上げます。

来年度に向けて、以下の点を１月の定例でご相談させてください。
　・入社３年目への対象拡大と、それに伴う日程の組み方
　・面談記録の受け渡し方法（メール添付をやめ、専用ストレージに一本化）
　・事前情報の共有範囲（本人経由を原則とする運用）

年末のご挨拶を兼ねまして、取り急ぎお礼まで。
良いお年をお迎えください。
""" + SIG_KUROKAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "year-end thank-you to the consultant: ordinary business mail",
    },
]
