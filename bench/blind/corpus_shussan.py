"""Blind evaluation corpus, area ``shussan``: mail that the HR, payroll and health staff of
日の出産業 send when employees become pregnant and give birth — 産前産後休業 and 育児休業
notices, 出産育児一時金 and 出産手当金 claims, 母性健康管理指導事項連絡カード and doctors'
guidance, adding a newborn to the health insurance as a dependant, 保育園 paperwork and
return-to-work (復職・短時間勤務) arrangements, with the health insurance society, the
社会保険労務士, payroll vendors, hospitals, staffing agencies, customers and the employees'
own private addresses.  Written blind from bench/blind/BRIEF.md (and SPEC.md's names)
only, without reading mailguard's code or the other corpus files."""

from build import card_number, my_number

SEED = 53401


def zen(s: str) -> str:
    """ASCII digits and hyphens as full-width, the way some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def spaced(s: str) -> str:
    """A 12-digit number written 4-4-4."""
    return f"{s[:4]} {s[4:8]} {s[8:]}"


SIG_KADOWAKI = """
――――――――――――――――――――
日の出産業株式会社　人事部　給与厚生グループ
門脇　俊介（Kadowaki Shunsuke）
〒141-0032 東京都品川区大崎3-9-14 日の出ビル7F
TEL 03-5719-4415 ／ FAX 03-5719-4410
kadowaki.shunsuke@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_SAEKI = """
--
日の出産業株式会社 人事部 労務課
佐伯 美穂（さえき みほ）
〒141-0032 東京都品川区大崎3-9-14 日の出ビル7F
TEL：03-5719-4402（直通）
Mail：saeki.miho@hinode-sangyo.co.jp"""

SIG_KINOSHITA = """
*************************************
日の出産業株式会社
人事部 人事企画課（両立支援担当）
木ノ下 あずさ
TEL 03-5719-4408  内線 2408
*************************************"""

SIG_HORINOUCHI = """
----------------------------------------
日の出産業株式会社 健康管理室
保健師　堀之内 真弓
TEL 03-5719-4490（健康管理室直通）
----------------------------------------"""

SIG_YUZUKI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　営業本部　営業第二部
柚木　さやか　Sayaka Yuzuki
〒141-0032　東京都品川区大崎3-9-14　日の出ビル5F
TEL：03-5719-4231　携帯：080-4417-2093
━━━━━━━━━━━━━━━━━━━━━━"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "shussan-001",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 適用課 <tekiyo@higashi-kenpo.or.jp>"],
        "subject": "被扶養者（異動）届の送付について（出生・宇佐美）",
        "body": f"""東日本産業健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業の門脇です。
弊社被保険者に子が出生いたしましたので、被扶養者（異動）届の記載内容を
下記のとおりお知らせいたします。原本は本日、簡易書留にて郵送いたしました。

【被保険者】
　氏名　　　：宇佐美　綾乃
　個人番号　：{spaced(my_number(SEED + 1))}

【被扶養者（追加）】
　氏名　　　：宇佐美　湊（ウサミ　ミナト）
　続柄　　　：長男
　生年月日　：令和８年２月１１日
　個人番号　：{my_number(SEED + 2)}
　異動年月日：令和８年２月１１日（出生による）

資格確認書の交付もあわせてお願いできますでしょうか。
不備がございましたらご連絡ください。
{SIG_KADOWAKI}
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "My Numbers of an employee and her newborn, typed into the body of a mail to the health insurance society",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "shussan-002",
        "charset": "iso-2022-jp",
        "sender": "柚木 さやか <yuzuki.sayaka@hinode-sangyo.co.jp>",
        "to": ["川崎電機株式会社 購買部 小田切様 <odagiri.k@kawasaki-denki.co.jp>"],
        "cc": ["相馬 健太 <soma.kenta@hinode-sangyo.co.jp>"],
        "subject": "担当者変更のご挨拶（営業第二部 柚木）",
        "body": f"""川崎電機株式会社
購買部　小田切様

いつも大変お世話になっております。日の出産業の柚木でございます。

私事で恐縮ですが、５月１８日より産前休業をいただくことになりました。
つきましては、御社のご担当を同じ営業第二部の相馬へ引き継がせていただきます。

　後任：営業第二部　相馬　健太（そうま　けんた）
　TEL ：03-5719-4236
　Mail：soma.kenta@hinode-sangyo.co.jp

５月中旬までは私も引き続き対応いたしますので、来週の定例には相馬と二人で伺います。
在任中は格別のご高配を賜り、誠にありがとうございました。
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
{SIG_YUZUKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary hand-over notice to a partner customer; the only contact given is a colleague's business contact",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "shussan-003",
        "charset": "cp932",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@hayase-sr.jp>"],
        "subject": "育児休業給付 手続き対象者一覧（4月開始分）",
        "body": f"""早瀬先生

お世話になっております。日の出産業 労務課の佐伯です。
４月から育児休業に入る社員の一覧をお送りします。
育児休業給付金の初回申請（受給資格確認）をお願いできますでしょうか。

シート「対象者」に氏名・生年月日・雇用保険被保険者番号・休業期間、
シート「賃金」に休業開始前６か月の賃金を入れてあります。
賃金台帳の写しは別途郵送いたします。

よろしくお願いいたします。
{SIG_SAEKI}
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "育休給付_対象者一覧_202604.xlsx",
                "sheets": {
                    "対象者": [
                        ["育児休業給付 申請対象者（2026年4月開始）", "", "", "", "", ""],
                        ["No", "氏名", "生年月日", "雇用保険被保険者番号", "休業開始日", "休業終了予定日"],
                        [1, "宇佐美 綾乃", "1991/07/23", "1301-428817-3", "2026/04/08", "2027/02/10"],
                        [2, "城之内 奈々", "1989/12/02", "1301-402256-9", "2026/04/01", "2027/03/31"],
                        [3, "鳥海 祐介", "1990/03/15", "1301-377104-1", "2026/04/13", "2026/07/12"],
                        [4, "五十嵐 凛", "1994/05/30", "1301-511932-6", "2026/04/20", "2027/04/19"],
                        [5, "久保園 千夏", "1988/09/09", "1301-300581-4", "2026/04/02", "2027/01/31"],
                        [6, "帆足 亮平", "1992/11/27", "1301-466079-8", "2026/04/27", "2026/05/26"],
                        [7, "滝本 さくら", "1995/02/14", "1301-533410-2", "2026/04/15", "2027/04/14"],
                    ],
                    "賃金": [
                        ["氏名", "2025/10", "2025/11", "2025/12", "2026/01", "2026/02", "2026/03"],
                        ["宇佐美 綾乃", 312000, 312000, 318500, 312000, 309800, 312000],
                        ["城之内 奈々", 287500, 290200, 287500, 287500, 287500, 291000],
                        ["鳥海 祐介", 355000, 361800, 355000, 355000, 358300, 355000],
                        ["五十嵐 凛", 241000, 241000, 243600, 241000, 241000, 241000],
                        ["久保園 千夏", 402000, 402000, 402000, 408700, 402000, 402000],
                        ["帆足 亮平", 298000, 301500, 298000, 298000, 298000, 299900],
                        ["滝本 さくら", 226000, 226000, 226000, 229400, 226000, 226000],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX list of seven employees (name, date of birth, insurance number, leave dates, wages) to an outside labour consultant",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "shussan-004",
        "charset": "utf-8",
        "sender": "堀之内 真弓 <horinouchi.mayumi@hinode-sangyo.co.jp>",
        "to": ["みなと産業医オフィス 鶴見先生 <tsurumi@minato-sangyoi.jp>"],
        "subject": "母健連絡カードの件（製造部 大庭さん）ご相談",
        "body": f"""鶴見先生

いつもお世話になっております。日の出産業 健康管理室の堀之内です。
次回の訪問日（３月１２日）の前に、一件ご相談させてください。

製造部 生産第一課の大庭 恵理さん（34歳、妊娠13週）から、
本日「母性健康管理指導事項連絡カード」の提出がありました。
主治医（あけぼの総合病院 産婦人科）の記載内容は以下のとおりです。

　・症状等：妊娠悪阻（重症）、体重減少 4kg
　・指導事項：休業（自宅療養）
　・措置期間：令和８年３月２日〜３月１５日
　・その他：復帰後も当面はライン作業（立ち作業・有機溶剤取扱い）を避けること

ご本人は復帰後も現場を希望していますが、溶剤を扱う工程なので配置転換が必要かと
考えております。面談の要否と就業上の措置について先生のご意見をいただけますか。
{SIG_HORINOUCHI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's diagnosis (severe hyperemesis) and doctor's guidance sent to an external occupational physician",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "shussan-005",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 給付課 <kyufu@higashi-kenpo.or.jp>"],
        "subject": "出産育児一時金の付加給付について（問い合わせ）",
        "body": f"""東日本産業健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業 人事部の門脇です。
社内向けの手続き案内を改訂するにあたり、以下２点を確認させてください。

１．令和８年度の出産育児一時金（50万円）に対する組合独自の付加金は、
　　引き続き１児につき３万円という理解でよろしいでしょうか。
２．直接支払制度を利用し、分娩費用が一時金を下回った場合の差額請求は、
　　被保険者から組合へ直接請求する運用で変わりありませんか。

社内案内の公開を４月１日に予定しておりますので、
３月中旬ごろまでにご回答いただけますと助かります。
よろしくお願いいたします。
{SIG_KADOWAKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general question to the health insurance society about benefit rules; no one's data",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "shussan-006",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": [
            "城之内 奈々 <nana.jonouchi.0412@gmail.com>",
            "久保園 千夏 <chinatsu_kubozono@yahoo.co.jp>",
            "滝本 さくら <sakura.takimoto@icloud.com>",
            "五十嵐 凛 <rin-ikarashi@docomo.ne.jp>",
        ],
        "subject": "【ご案内】復職支援セミナー（オンライン）6月20日開催",
        "body": f"""育児休業中の皆さま

人事部 両立支援担当の木ノ下です。ご家族の皆さまもお元気でお過ごしでしょうか。
今年度の復職支援セミナーを下記のとおりオンラインで開催します。
参加は任意です。お子さま同伴（カメラオフ）でも構いません。

　日時：2026年6月20日（土）10:00〜11:30
　形式：Teams（URLは前日にお送りします）
　内容：短時間勤務・時差出勤の制度説明／先輩社員の体験談／保育園入園の準備

参加可否を6月12日までにこのメールへの返信でお知らせください。
{SIG_KINOSHITA}
""",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>育児休業中の皆さま</p>
<p>人事部 両立支援担当の木ノ下です。ご家族の皆さまもお元気でお過ごしでしょうか。<br>
今年度の<b>復職支援セミナー</b>を下記のとおりオンラインで開催します。<br>
参加は任意です。お子さま同伴（カメラオフ）でも構いません。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>日時</th><td>2026年6月20日（土）10:00〜11:30</td></tr>
<tr><th>形式</th><td>Teams（URLは前日にお送りします）</td></tr>
<tr><th>内容</th><td>短時間勤務・時差出勤の制度説明／先輩社員の体験談／保育園入園の準備</td></tr>
</table>
<p>参加可否を<span style="color:#c00">6月12日</span>までにこのメールへの返信でお知らせください。</p>
<p>日の出産業株式会社 人事部 人事企画課（両立支援担当）<br>木ノ下 あずさ</p>
</body></html>""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four employees on leave, each at a private free-mail address, put in To and visible to each other: should have been Bcc",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "shussan-007",
        "charset": "utf-8",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 <office@hayase-sr.jp>"],
        "subject": "出産手当金支給申請書一式（城之内）",
        "body": f"""早瀬社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の佐伯です。
城之内さんの出産手当金支給申請書（事業主記入欄記入済み）と
出勤簿・賃金台帳の写しをZIPにまとめてお送りします。
解凍パスワードは別メールにてお送りいたします。

お手数ですが、ご確認のほどよろしくお願いいたします。
{SIG_SAEKI}
{DISCLAIMER_JA}
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "出産手当金_城之内.zip",
                "password": "Hns#0412kz",
                "files": [
                    {"kind": "pdf", "name": "出産手当金支給申請書_事業主記入済.pdf",
                     "lines": ["健康保険 出産手当金 支給申請書（事業主記入用）",
                               "被保険者氏名　城之内 奈々", "労務に服さなかった期間　2026/02/19〜2026/05/27"]},
                    {"kind": "xlsx", "name": "出勤簿_賃金台帳.xlsx",
                     "sheets": {"出勤簿": [["日付", "出勤"], ["2026/02/18", "出"], ["2026/02/19", "産休"]]}},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the labour consultant: the contents cannot be inspected",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "shussan-008",
        "charset": "utf-8",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 <office@hayase-sr.jp>"],
        "subject": "Re: 出産手当金支給申請書一式（城之内）【パスワード】",
        "body": f"""早瀬社会保険労務士事務所
ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hns#0412kz

なお、次回からは御事務所の共有フォルダ経由でお渡しする形に切り替えたいと
考えております。ご都合のよいときに設定方法をご教示ください。
{SIG_SAEKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the follow-up mail with only the ZIP password: no attachment, no personal data",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "shussan-009",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与BPO 井戸川様 <idogawa@tsubasa-sytem.jp>"],
        "subject": "育休中の社会保険料免除設定のお願い（4月分）",
        "body": f"""株式会社ツバサシステム
給与BPOセンター　井戸川様

お世話になっております。日の出産業の門脇です。
下記社員が育児休業に入りますので、4月支給分から社会保険料の免除設定をお願いいたします。

　社員番号：H-20817
　氏名　　：鳥海　祐介
　育児休業：2026年4月13日〜2026年7月12日
　（出生時育児休業に続けて取得）

賞与の扱いは従来どおりで結構です。
よろしくお願いいたします。
{SIG_KADOWAKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for the payroll partner tsubasa-system.jp but sent to tsubasa-sytem.jp (letters swapped)",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "shussan-010",
        "charset": "iso-2022-jp",
        "sender": "真柴 隆之 <mashiba.takayuki@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
        "cc": ["木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>"],
        "subject": "育児・介護休業規程 改定案のリーガルチェックのお願い",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の真柴でございます。

10月施行の改正育児・介護休業法への対応として、育児・介護休業規程の改定案を作成しました。
柔軟な働き方を実現するための措置（始業時刻の変更・テレワーク等）の選択肢と、
個別の意向聴取の手順を新設しています。

お手数ですが、添付の改定案について法的な観点からご確認をお願いできますでしょうか。
社内の労使協議を４月中旬に予定しておりますので、４月１０日頃までにご意見をいただけますと幸いです。

--
日の出産業株式会社　人事部長
真柴　隆之
TEL 03-5719-4400
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "育児介護休業規程_改定案_v3.docx",
                "title": "育児・介護休業規程 改定案",
                "page_header": "社外秘　日の出産業株式会社 人事部",
                "paragraphs": [
                    "育児・介護休業規程（改定案）",
                    "第1条（目的）本規程は、従業員の育児休業、出生時育児休業……について定める。",
                    "第12条の2（柔軟な働き方を実現するための措置）会社は、3歳から小学校就学前の子を養育する従業員に対し、次のいずれか2以上の措置を講ずる。",
                    "（1）始業時刻等の変更　（2）テレワーク等（月10日以上）　（3）保育施設の設置運営等　（4）養育両立支援休暇の付与　（5）短時間勤務制度",
                    "第12条の3（意向の聴取）会社は、従業員から妊娠・出産等の申出があったときは、個別に制度を周知し、意向を聴取する。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached draft regulation carries a 社外秘 stamp in its page header, sent to an outside law firm",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "shussan-011",
        "charset": "utf-8",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["滝本 さくら <sakura.takimoto@icloud.com>"],
        "subject": "Re: 産休中の連絡先について",
        "body": f"""滝本さん

ご連絡ありがとうございます。労務課の佐伯です。
産休・育休中の連絡先の件、承知しました。人事システムの緊急連絡先を更新しておきます。

産前休業は 3月4日（水）から、出産予定日が4月15日ですので
産後休業は出産日の翌日から8週間になります。
出産されたら、お子さんのお名前と生年月日だけでも先にメールでお知らせください。
健康保険の扶養追加の書類をお送りします。

どうぞお体を大切にお過ごしください。
{SIG_SAEKI}

2026年2月24日(火) 21:07 滝本 さくら <sakura.takimoto@icloud.com>:
> 労務課 佐伯様
>
> 営業第一部の滝本です。産休中はこちらのアドレスにご連絡いただけますでしょうか。
> 3月から実家に戻りますので、郵送物は下記にお願いします。
>   〒861-8035 熊本県熊本市東区御領6-14-22 滝本方
>   携帯 090-7731-5286
> よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to the employee herself at her private address; her address and phone are only in the quoted text she wrote",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "shussan-012",
        "charset": "cp932",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 給付課 <kyufu@higashi-kenpo.or.jp>"],
        "subject": "出産育児一時金 差額請求書の送付（帆足）",
        "body": f"""東日本産業健康保険組合
給付課 御中

いつもお世話になっております。日の出産業の門脇です。
直接支払制度利用後の差額請求につき、被保険者から預かった請求書をPDFでお送りします。
（原本は本人が直接郵送済みとのことです）
{SIG_KADOWAKI}
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "出産育児一時金差額請求書_帆足.pdf",
                "title": "出産育児一時金 差額申請書",
                "lines": [
                    "健康保険　出産育児一時金　内払金支払依頼書・差額申請書",
                    "",
                    "被保険者証の記号　　３１０７　　　番号　　２２８",
                    "被保険者氏名　　帆足　亮平（ホアシ　リョウヘイ）",
                    "被保険者生年月日　平成４年１１月２７日",
                    "出産者氏名　　帆足　真琴（被扶養者・配偶者）",
                    "出産年月日　令和８年４月２日　　出生児数　１人",
                    "分娩機関　　医療法人青嵐会 せいらんレディースクリニック",
                    "支払額（分娩費用）　４６２，３００円　　差額　３７，７００円",
                    "",
                    "振込先　みどり銀行　大崎支店　普通　口座番号 ４８２０５１７",
                    "口座名義　ホアシ　リョウヘイ",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "claim form PDF with the insured's health insurance card 記号・番号, date of birth and bank account",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "shussan-013",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["はたらく未来総研 調査事務局 <survey@hataraku-mirai.co.jp>"],
        "subject": "「仕事と育児の両立に関する企業調査」回答票の送付",
        "body": f"""はたらく未来総研
調査事務局 御中

日の出産業株式会社 人事部の木ノ下でございます。
標記調査の回答票をお送りいたします。数値はすべて2025年度の実績（全社）です。

　・配偶者が出産した男性社員　　　　 26名／うち育児休業取得 12名（46.2%）
　・出産した女性社員　　　　　　　　 17名／うち育児休業取得 17名（100%）
　・男性の平均取得日数　　　　　　　 38.5日
　・育休後の復職率（女性）　　　　　 94.1%
　・短時間勤務制度の利用者（年度末） 41名

企業名の公表は「不可」でお願いいたします。
{SIG_KINOSHITA}
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "回答票_日の出産業.xlsx",
                "sheets": {
                    "回答": [
                        ["設問", "回答"],
                        ["Q1 従業員数（2026/3/31）", 1284],
                        ["Q2 うち女性", 402],
                        ["Q5 男性育休取得率", "46.2%"],
                        ["Q6 女性育休取得率", "100%"],
                        ["Q7 男性平均取得日数", 38.5],
                        ["Q9 復職率（女性）", "94.1%"],
                        ["Q12 短時間勤務利用者", 41],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics for a survey: no individual can be identified",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "shussan-014",
        "charset": "cp932",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["ウェルフェアメイト 法人サービス部 <corp-support@welfare-mate.co.jp>"],
        "subject": "出産祝金 支給対象者データ（2026年3月締め）",
        "body": f"""株式会社ウェルフェアメイト
法人サービス部 ご担当者様

いつもお世話になっております。日の出産業の門脇です。
3月締めの出産祝金（慶弔見舞金規程 第8条）の支給対象者データをお送りします。
例月どおり、4月25日の給与振込とは別に各人の口座へお振込みをお願いいたします。
{SIG_KADOWAKI}
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "shussan_iwaikin_202603.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "子の氏名", "子の生年月日", "金融機関", "支店", "種目", "口座番号", "支給額"],
                    ["H-18842", "宇佐美 綾乃", "宇佐美 湊", "2026/02/11", "みどり銀行", "大崎支店", "普通", "3318264", "50000"],
                    ["H-20817", "鳥海 祐介", "鳥海 結衣", "2026/02/26", "しののめ信用金庫", "蒲田支店", "普通", "0754219", "50000"],
                    ["H-16503", "城之内 奈々", "城之内 陽向", "2026/03/03", "みどり銀行", "五反田支店", "普通", "6620971", "50000"],
                    ["H-21156", "帆足 亮平", "帆足 蒼", "2026/03/09", "ゆうちょ銀行", "〇一八店", "普通", "4490382", "50000"],
                    ["H-19230", "真鍋 かおり", "真鍋 紬", "2026/03/14", "あおば銀行", "川崎支店", "普通", "1083554", "100000"],
                    ["H-22408", "牧 慎之介", "牧 晴", "2026/03/27", "みどり銀行", "大井町支店", "普通", "2297716", "50000"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "CSV of six employees with their babies' names, dates of birth and bank accounts to a benefits outsourcer",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "shussan-015",
        "charset": "iso-2022-jp",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["錦印刷株式会社 営業部 鹿島様 <kashima@nishiki-insatsu.co.jp>"],
        "subject": "Re: 両立支援ハンドブック 印刷お見積りの件",
        "body": """錦印刷株式会社
鹿島様

お世話になっております。日の出産業 総務部の野々村です。
お見積りありがとうございました。下記の仕様で発注したいと思います。

　品名　：「仕事と育児の両立支援ハンドブック 2026」
　仕様　：A5・中綴じ・24ページ・4色／表紙マットPP
　部数　：1,500部
　単価　：＠182円（税別）　合計 273,000円（税別）
　納期　：2026年4月17日（金）本社着
　見積番号：NK-260311-07

入稿データは3月25日までにお送りします。
注文書は本日中に郵送いたします。

――
日の出産業株式会社 総務部 総務課
野々村　聡　TEL 03-5719-4300

> 日の出産業株式会社
> 野々村様
> 標記の件、お見積りを添付いたします。ご検討のほどよろしくお願い申し上げます。
> 錦印刷株式会社 営業部 鹿島
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order with a quote number and prices to a partner printer",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "shussan-016",
        "charset": "iso-2022-jp",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["スタッフブリッジ 営業担当 大槻様 <otsuki.m@staff-bridge.co.jp>"],
        "subject": "FW: 派遣スタッフ 雨宮さんの勤務について",
        "body": """スタッフブリッジ株式会社
大槻様

お世話になっております。日の出産業 総務部の野々村です。
御社から派遣いただいている雨宮さんの件、現場の課長から下記の連絡がありました。
今後の勤務についてご本人と調整いただけますでしょうか。

---------- 転送メッセージ ----------
差出人: 氷見 浩二 <himi.koji@hinode-sangyo.co.jp>
日付: 2026年3月9日 8:42
件名: 派遣スタッフ 雨宮さんの勤務について
宛先: 野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>

野々村さん

物流管理課の派遣スタッフ 雨宮 里奈さん（妊娠24週）ですが、
昨日の健診で切迫早産と診断され、医師から2週間の入院と、その後も
当面は自宅安静が必要と言われたそうです。
今週以降のシフトはすべて欠勤扱いになります。代わりの方の手配が必要です。

氷見
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwards an internal mail naming a temp worker and her diagnosis (threatened preterm labour) to the staffing agency: the forward is new text",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "shussan-017",
        "charset": "utf-8",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>"],
        "cc": ["労務課 <romu@hinode-sangyo.co.jp>"],
        "subject": "【社内】扶養追加（新生児）マイナンバー回収分",
        "body": f"""門脇さん

3月中に回収できた新生児のマイナンバーです。健保への届出に使ってください。
（社内限り。転記後はこのメールを削除してください）

社員番号  被保険者        子の氏名        生年月日      個人番号
--------  --------------  --------------  ------------  --------------
H-18842   宇佐美 綾乃     宇佐美 湊       2026-02-11    {my_number(SEED + 3)}
H-20817   鳥海 祐介       鳥海 結衣       2026-02-26    {my_number(SEED + 4)}
H-16503   城之内 奈々     城之内 陽向     2026-03-03    {my_number(SEED + 5)}
H-21156   帆足 亮平       帆足 蒼         2026-03-09    {my_number(SEED + 6)}
H-19230   真鍋 かおり     真鍋 紬         2026-03-14    {my_number(SEED + 7)}

真鍋さんのお子さんは双子で、もう一人分（真鍋 澪）は通知カード待ちです。

佐伯
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of five newborns, but every recipient is internal",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "shussan-018",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": [
            "ひかりの森保育園 園長 <info@hikarinomori-hoiku.jp>",
            "キッズガーデン大崎 <osaki@kidsgarden-jp.com>",
            "社会福祉法人 みのり会 <hoiku@minori-kai.or.jp>",
            "こもれびナーサリー品川 <contact@komorebi-nursery.jp>",
        ],
        "subject": "企業枠（地域枠）のご相談：2026年度の受け入れ可否について",
        "body": f"""各園 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の木ノ下と申します。
当社では育児休業からの復職支援の一環として、大崎・五反田エリアの保育施設と
企業枠（共同利用）契約の締結を検討しております。

つきましては、下記についてお聞かせいただけますでしょうか。
　１．2026年度に企業枠として受け入れ可能な人数（0歳児・1歳児）
　２．利用料（月額）と契約期間の考え方
　３．見学の可否とご都合のよい日程

３月末までにご返信いただけますと幸いです。何卒よろしくお願い申し上げます。
{SIG_KINOSHITA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four unrelated nurseries put together in To, each seeing the others: should have been Bcc",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "shussan-019",
        "charset": "utf-8",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与BPO 井戸川様 <idogawa@tsubasa-system.jp>"],
        "cc": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@hayase-sr.jp>"],
        "subject": "育休・産休時の給与計算フロー見直し 打合せ日程",
        "body": f"""井戸川様、早瀬先生

お世話になっております。日の出産業の門脇です。
先日ご相談した、産休・育休の開始／終了時の給与計算フロー見直しについて、
三者で一度お打合せの場を設けたく存じます。

候補日（いずれも1時間程度、弊社7F会議室またはTeams）
　・4月7日（火）14:00〜
　・4月8日（水）10:00〜
　・4月10日（金）15:00〜

論点（案）
　1) 社会保険料免除の開始・終了月の判定と、月額変更届（育休終了時）のタイミング
　2) 住民税の徴収猶予の扱い
　3) 復職時の短時間勤務に伴う日割計算

ご都合をお知らせください。
{SIG_KADOWAKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two external organisations in To/Cc, no personal data",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "shussan-020",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 <office@hayase-sr.jp>"],
        "subject": "産前産後休業取得者申出書の作成依頼（久保園）",
        "body": f"""早瀬社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
産前産後休業取得者申出書（年金事務所あて）の作成・電子申請をお願いいたします。

■被保険者
　氏名　　　　：久保園　千夏（クボゾノ　チナツ）
　生年月日　　：昭和６３年９月９日
　基礎年金番号：４３０１−６２７５９８
　被保険者整理番号：１１７

■休業内容
　出産予定日　：令和８年３月２０日
　産前産後休業：令和８年２月７日 〜 令和８年５月１５日（予定）
　出産種別　　：単胎

実際の出産日が確定しましたら、変更届もあわせてお願いする予定です。
{SIG_SAEKI}
""",
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's 基礎年金番号 (full-width digits) with her date of birth sent to the labour consultant",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "shussan-021",
        "charset": "iso-2022-jp",
        "sender": "氷見 浩二 <himi.koji@hinode-sangyo.co.jp>",
        "to": ["木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>", "kinoshita.azusa@hinode-sangyou.co.jp"],
        "subject": "Re: 復職前面談の日程調整",
        "body": """木ノ下さん

物流管理課の氷見です。
面談の件、ありがとうございます。私の方は以下で参加可能です。

　4/21（火）午後いずれも可
　4/23（木）10時〜12時

本人の希望（時短6時間・時差出勤）については、課内の受け入れ体制を
事前にすり合わせておきたいので、面談前に15分ほどお時間ください。

氷見
（念のため、アドレス帳に出てきた別のアドレスにもお送りしています）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "one recipient is hinode-sangyou.co.jp, a look-alike of the company's own domain (a letter added)",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "shussan-022",
        "charset": "cp932",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["はなまるギフト 法人受注センター <houjin@hanamaru-gift.co.jp>"],
        "subject": "出産祝い品のご注文（法人アカウント HN-0388）",
        "body": """はなまるギフト株式会社
法人受注センター 御中

いつもお世話になっております。日の出産業 総務部の野々村です。
下記のとおり出産祝い品を注文いたします。のし・メッセージカードは例月どおりでお願いします。

　商品　：ベビーギフトセット「すくすく」Bセット（品番 BG-2207）
　数量　：1
　金額　：11,000円（税込）／請求書払い
　のし　：内祝ではなく「御出産祝」・名入れ「日の出産業株式会社 社員一同」

■お届け先
　〒223-0062　神奈川県横浜市港北区日吉本町4-27-9 パークサイド日吉302
　真鍋　かおり　様
　TEL 090-3152-8864
　お届け希望：3月28日（土）午前

よろしくお願いいたします。

日の出産業株式会社 総務部 総務課　野々村 聡
TEL 03-5719-4300
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's delivery address and phone for a gift order: a single person's record, may be warned",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "shussan-023",
        "charset": "utf-8",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与BPO <bpo-support@tsubasa-system.jp>"],
        "subject": "育児短時間勤務 適用者一覧（2026年4月〜）の送付",
        "body": f"""株式会社ツバサシステム
給与BPOセンター ご担当者様

いつもお世話になっております。日の出産業の門脇です。
4月から育児短時間勤務が適用される社員の一覧（Word）を添付いたします。
基本給の按分（所定時間比例）と、通勤手当は全額支給のままでお願いします。
{SIG_KADOWAKI}
{DISCLAIMER_JA}
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "育児短時間勤務_適用者一覧_2026年4月.docx",
                "paragraphs": [
                    "育児短時間勤務 適用者一覧",
                    "適用開始：2026年4月1日　作成：人事部 給与厚生グループ",
                ],
                "tables": [
                    [
                        ["社員番号", "氏名", "所属", "子の生年月日", "所定労働時間", "適用期間"],
                        ["H-15527", "二階堂 美咲", "経理部", "2024年6月3日", "6時間（9:00-16:00）", "2026/4/1-2027/3/31"],
                        ["H-17714", "宍戸 綾香", "営業第一部", "2023年10月19日", "6時間（9:30-16:30）", "2026/4/1-2026/9/30"],
                        ["H-16090", "乙部 玲奈", "品質保証部", "2025年1月8日", "5時間45分", "2026/4/1-2027/3/31"],
                        ["H-18302", "椎名 麻衣子", "情報システム部", "2022年12月25日", "7時間", "2026/4/1-2026/12/24"],
                        ["H-14981", "冨永 由佳", "大阪支店 総務課", "2024年2月29日", "6時間（8:30-15:30）", "2026/4/1-2027/2/28"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five employees (name, department, child's date of birth, working hours) to the payroll vendor",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "shussan-024",
        "charset": "iso-2022-jp",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["スタッフブリッジ 大槻様 <otsuki.m@staff-bridge.co.jp>"],
        "subject": "産休代替要員のご依頼（経理部）",
        "body": """スタッフブリッジ株式会社
大槻様

お世話になっております。日の出産業の野々村です。
経理部で６月から産休に入る社員がおり、代替の派遣スタッフをお願いしたく存じます。
業務内容・必要スキル・期間をExcelにまとめましたのでご確認ください。

　期間：2026年6月1日〜2027年5月31日（更新の可能性あり）
　就業時間：9:00〜17:30
　想定スキル：売掛金管理、弥生会計またはSAP経験

ご提案いただける方がいらっしゃいましたら、スキルシートをお送りください。

日の出産業株式会社 総務部 野々村
""",
        "attachments": [
            {"kind": "corrupt", "name": "産休代替_依頼内容.xlsx"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "shussan-025",
        "charset": "utf-8",
        "sender": "Azusa Kinoshita <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@asiahr-partners.com>"],
        "subject": "Re: Parental leave benchmark - Hinode Sangyo figures",
        "body": f"""Dear Priya,

Thank you for the draft benchmark report. Please find our figures for FY2025 below;
they are company-wide totals and you may use them in the anonymised comparison.

  - Statutory maternity leave: 6 weeks before / 8 weeks after birth (fully used by all)
  - Paid top-up during maternity leave: none (covered by health insurance allowance)
  - Fathers taking parental leave: 12 of 26 eligible (46.2%), average 38.5 days
  - Return-to-work rate after childcare leave: 94.1%
  - Short-hours option: up to the child's 3rd birthday (extended to age 6 from Oct 2026)

Could you also let us know how the Singapore and Thai subsidiaries compare once you
have their numbers? We would like to present the results to our HR committee in May.

Best regards,
Azusa Kinoshita
Work-Life Support, Human Resources Dept.
Hinode Sangyo Co., Ltd.
{DISCLAIMER_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail with company-wide aggregate figures to a consultant: no individual data",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "shussan-026",
        "charset": "utf-8",
        "sender": "堀之内 真弓 <horinouchi.mayumi@hinode-sangyo.co.jp>",
        "to": ["こころケア・パートナーズ 相談窓口 <eap-intake@kokoro-care.co.jp>"],
        "subject": "EAPカウンセリングのご依頼（育休中社員）",
        "body": f"""こころケア・パートナーズ
相談受付ご担当者様

日の出産業 健康管理室の堀之内です。契約番号 KC-1173 でお世話になっております。
育児休業中の社員について、カウンセリングの受け入れをお願いできますでしょうか。

　氏名：二宮　瑞穂（にのみや　みずほ）　32歳　品質保証部
　状況：昨年11月に第一子を出産。1月に心療内科で「産後うつ病」と診断され、
　　　　現在SSRIを服用中。本人はカウンセリングを希望しています。
　連絡先（本人携帯）：070-2286-4159　平日10時〜15時が連絡可能とのこと

ご本人の同意は得ております。初回のご連絡を直接いただけますと幸いです。
{SIG_HORINOUCHI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's psychiatric diagnosis and medication, with her mobile, sent to an outside EAP provider",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "shussan-027",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 適用課 二見様 <futami@higashi-kenpo.or.jp>"],
        "subject": "Re: 被扶養者異動届の不備について",
        "body": f"""二見様

ご連絡ありがとうございます。日の出産業の門脇です。
出生による追加の場合は住民票の写しが不要とのこと、承知いたしました。
記号・番号の記載漏れにつきましては、訂正したものを明日郵送いたします。
お手数をおかけし申し訳ございません。
{SIG_KADOWAKI}

-----Original Message-----
From: 二見 <futami@higashi-kenpo.or.jp>
Sent: Tuesday, March 10, 2026 4:51 PM
To: kadowaki.shunsuke@hinode-sangyo.co.jp
Subject: 被扶養者異動届の不備について

日の出産業株式会社 門脇様

3月6日受付の被扶養者異動届につき、以下の不備がございます。
> 被保険者 鳥海 祐介 様（記号 3107 番号 241）
>   被扶養者 鳥海 結衣 様（令和8年2月26日生）
>   → 被保険者証の記号・番号欄が空欄です。
> 被保険者 真鍋 かおり 様（記号 3107 番号 198）
>   被扶養者 真鍋 紬 様・真鍋 澪 様（令和8年3月14日生）
>   → 双子の場合は1人につき1行でご記入ください。
なお、出生による追加の場合、住民票の写しの添付は不要です。

東日本産業健康保険組合 適用課 二見
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the health insurance society; the names and card numbers are only in the quoted original it sent",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "shussan-028",
        "charset": "utf-8",
        "sender": "久我 祐二 <kuga.yuji@hinode-sangyo.co.jp>",
        "to": ["こそだてシッターズ 法人窓口 <biz@kosodate-sitter.com>"],
        "subject": "法人契約 利用料のお支払い方法について",
        "body": f"""こそだてシッターズ株式会社
法人窓口 ご担当者様

日の出産業 経理部の久我です。
ベビーシッター利用補助の法人契約（契約番号 KS-B-00921）につき、
利用料の決済を請求書払いから法人カード払いに変更したく、カード情報をお知らせします。
Webフォームがエラーになるため、メールでお送りする失礼をお許しください。

　カード名義　：HINODE SANGYO CO LTD
　カード番号　：{card_number(SEED + 8)}
　有効期限　　：09/28
　利用開始　　：2026年5月利用分から

ご登録完了のご連絡をお待ちしております。

日の出産業株式会社 経理部　久我 祐二
TEL 03-5719-4350
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number (the company card) in the body of an external mail",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "shussan-029",
        "charset": "cp932",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["霞丘市 こども未来部 保育課 <hoiku@city.kasumigaoka.lg.jp>"],
        "subject": "就労証明書の提出（入所申請 受付番号 R8-04417）",
        "body": f"""霞丘市 こども未来部 保育課
入所担当 御中

日の出産業株式会社 人事部 労務課の佐伯と申します。
弊社社員より依頼のありました就労証明書を、電子提出の方法によりお送りいたします。
入所申請の受付番号は R8-04417 と伺っております。
ご不明点がございましたら、下記までご連絡ください。
{SIG_SAEKI}
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "就労証明書_五十嵐.pdf",
                "title": "就労証明書",
                "lines": [
                    "就労証明書（標準的な様式）　　証明日　令和８年３月１６日",
                    "事業所名　日の出産業株式会社　代表者　代表取締役 朝比奈 修",
                    "所在地　東京都品川区大崎3-9-14　電話 03-5719-4400",
                    "",
                    "本人氏名　五十嵐　凛（イカラシ　リン）",
                    "生年月日　1994年5月30日",
                    "本人住所　霞丘市若葉台2丁目11番地の4 コーポ若葉201",
                    "雇用の形態　正社員　　就労時間　9:00〜17:30（休憩60分）　月20日",
                    "育児休業　取得中　期間 2026年4月20日〜2027年4月19日（復職予定 2027年4月20日）",
                    "復職後の短時間勤務　予定あり（9:00〜16:00）",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's employment certificate for a nursery application, sent to the city office: one person, may be warned",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "shussan-030",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["キャリアリング 法人研修部 松浦様 <matsuura@career-ring.co.jp>"],
        "subject": "管理職向け「両立支援マネジメント研修」の事前資料",
        "body": f"""株式会社キャリアリング
松浦様

お世話になっております。日の出産業の木ノ下です。
5月の管理職研修の設計にあたり、弊社の次世代育成支援の行動計画（案）を共有いたします。
現状の課題（男性育休の取得日数、復職後のキャリア停滞）を研修のケースに
反映していただけますと幸いです。
{SIG_KINOSHITA}
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "次世代育成支援_行動計画案_2026.pptx",
                "title": "次世代育成支援対策推進法に基づく一般事業主行動計画（案）",
                "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
                "slides": [
                    ["行動計画（案）2026-2030", "計画期間：2026年4月1日〜2031年3月31日"],
                    ["目標1", "男性の育児休業取得率を60%以上、平均取得日数を30日以上とする"],
                    ["目標2", "育休復職者の3年後定着率を90%以上とする"],
                    ["現状の課題", "取得が特定部署に偏る", "復職後の評価・昇格が遅れる傾向"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached slides carry a CONFIDENTIAL / Internal Use Only footer on every slide",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "shussan-031",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["あけぼの総合病院 医事課 <iji@akebono-hp.or.jp>"],
        "cc": ["東日本産業健康保険組合 給付課 <kyufu@higashi-kenpo.or.jp>", "早瀬社会保険労務士事務所 <office@hayase-sr.jp>"],
        "subject": "Re: 直接支払制度の請求について（請求番号 AK-26-0318）",
        "body": f"""あけぼの総合病院　医事課　ご担当者様

お世話になっております。日の出産業株式会社 人事部の門脇です。
ご指摘の請求（請求番号 AK-26-0318）につきまして、健保組合さま・社労士の先生にも
Ccにてご確認いただいております。

健保組合さまからは、資格確認は3月2日付で完了しており、支払機関経由の請求に
問題はないと伺っております。再請求のお手続きをお願いできますでしょうか。
{SIG_KADOWAKI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "hospital, health insurance society and labour consultant (three external organisations) all in To/Cc",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "shussan-032",
        "charset": "cp932",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@hayase-sr.jp>"],
        "subject": "産後パパ育休中の就業について（ご相談）",
        "body": f"""早瀬先生

お世話になっております。日の出産業の佐伯です。
出生時育児休業（産後パパ育休）中の就業について、規程整備の前に確認させてください。

１．休業中に就業させる場合の労使協定は、既存の育児休業の協定に条文を追加する形で
　　足りますでしょうか。それとも別協定が必要でしょうか。
２．就業日数の上限（休業期間中の所定労働日数の半分）の端数処理は切り捨てで
　　よいでしょうか。
３．就業した日が多い場合、出生時育児休業給付金が不支給になる基準（10日・80時間）は
　　28日間取得した場合の基準と理解していますが、短い期間の場合は比例でしょうか。

お手すきの際にご教示いただけますと幸いです。
{SIG_SAEKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general legal question to the labour consultant; no personal data",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "shussan-033",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["キャリアリング 研修運営 <unei@career-ring.co.jp>"],
        "subject": "復職支援セミナー 参加者名簿（6/20開催分）",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>株式会社キャリアリング<br>研修運営ご担当者様</p>
<p>お世話になっております。日の出産業の木ノ下です。<br>
6月20日の復職支援セミナーの参加者名簿をお送りします。<br>
招待URLは各自の個人アドレスあてにお送りいただけますでしょうか。<br>
当日連絡がつかない場合は携帯へのご連絡で構いません。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>No.</th><th>氏名</th><th>所属</th><th>個人メール</th><th>携帯電話</th><th>復職予定日</th></tr>
<tr><td>1</td><td>城之内 奈々</td><td>営業第一部</td><td>nana.jonouchi.0412@gmail.com</td><td>090-5528-1740</td><td>2027/04/01</td></tr>
<tr><td>2</td><td>久保園 千夏</td><td>経理部</td><td>chinatsu_kubozono@yahoo.co.jp</td><td>080-6614-2093</td><td>2027/02/01</td></tr>
<tr><td>3</td><td>滝本 さくら</td><td>営業第一部</td><td>sakura.takimoto@icloud.com</td><td>090-7731-5286</td><td>2027/04/15</td></tr>
<tr><td>4</td><td>五十嵐 凛</td><td>経営企画部</td><td>rin-ikarashi@docomo.ne.jp</td><td>070-3390-8127</td><td>2027/04/20</td></tr>
<tr><td>5</td><td>真鍋 かおり</td><td>品質保証部</td><td>kaori.manabe77@gmail.com</td><td>090-3152-8864</td><td>2027/10/01</td></tr>
<tr><td>6</td><td>二宮 瑞穂</td><td>品質保証部</td><td>mizuho.n.0711@outlook.jp</td><td>070-2286-4159</td><td>未定</td></tr>
</table>
<p>日の出産業株式会社 人事部 人事企画課<br>木ノ下 あずさ　TEL 03-5719-4408</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six employees' private e-mails and mobiles to a training company",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "shussan-034",
        "charset": "iso-2022-jp",
        "sender": "相馬 健太 <soma.kenta@hinode-sangyo.co.jp>",
        "to": ["北国フーズ株式会社 仕入部 阿久津様 <akutsu@kitaguni-foods.co.jp>"],
        "subject": "来週の商談について（出席者変更のお願い）",
        "body": """北国フーズ株式会社
仕入部　阿久津様

いつもお世話になっております。日の出産業の相馬です。
来週３月１９日の商談ですが、柚木は妊娠中で体調が優れず、医師から当面は
長距離の移動を控えるよう言われているため、札幌へは私が一人で伺います。
柚木はオンラインで参加させていただきます。勝手を申し上げ恐縮です。

当日は新商品の見積書と販促計画をお持ちします。
引き続きよろしくお願いいたします。

日の出産業株式会社　営業第二部　相馬　健太
TEL 03-5719-4236
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tells a customer that a named colleague is pregnant and under a doctor's restriction, without a diagnosis: borderline health information",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "shussan-035",
        "charset": "utf-8",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 適用課 二見様 <futami@higashi-kenpo.or.jp>"],
        "subject": "外国籍被保険者の被扶養者追加（出生）について",
        "body": f"""二見様

お世話になっております。日の出産業の門脇です。
外国籍の社員の子の扶養追加について、確認書類の記載事項を先にお知らせします。
子はまだマイナンバーが付番されていないため、旅券番号での届出になるかと存じます。

被保険者：NGUYEN VAN THANH（グエン ヴァン タン）　記号 3107 番号 263
配偶者　：NGUYEN THI HOA（グエン ティ ホア）1995年8月14日生
　　　　　在留カード番号 UH48273619VN（家族滞在）
子　　　：NGUYEN MINH AN（グエン ミン アン）2026年1月30日生
　　　　　旅券番号 C8830417（ベトナム大使館にて発給済み）

配偶者は昨年末で退職しており、収入要件も満たしております。
在留カードの写しを画像で添付いたします。
{SIG_KADOWAKI}
""",
        "attachments": [
            {"kind": "png", "name": "zairyu_card_front.png"},
            {"kind": "png", "name": "passport_child.png"},
        ],
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "JP_PASSPORT", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "residence card number, a baby's passport number and the insured's card 記号・番号 to the health insurance society",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "shussan-036",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "会場予約のお願い（ファミリーデー 7月25日）",
        "body": f"""さくらホテル
宴会予約ご担当者様

いつもお世話になっております。日の出産業 人事部の木ノ下です。
育休中・復職後の社員とその家族を招く「ファミリーデー」の会場をお願いしたく、
下記にて仮予約をお願いできますでしょうか。

　日時：2026年7月25日（土）11:00〜14:00（準備10:00〜）
　人数：大人 約60名、未就学児 約35名
　会場：「桜の間」または同規模の洋室
　料理：ビュッフェ（お子様メニュー・アレルギー対応の可否をご教示ください）
　その他：授乳室・おむつ替えスペース、ベビーカー置き場のご用意

お見積りを頂戴できましたら社内決裁のうえ本予約とさせていただきます。
{SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking with a partner hotel: no personal data",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "shussan-037",
        "charset": "cp932",
        "sender": "柚木 さやか <yuzuki.sayaka@hinode-sangyo.co.jp>",
        "to": ["青葉運輸株式会社 配車センター 貫井様 <nukui@aoba-unyu.com>"],
        "subject": "産休に伴う窓口変更のご連絡",
        "body": f"""青葉運輸株式会社
配車センター　貫井様

いつもお世話になっております。日の出産業の柚木です。
5月18日より産休に入るため、配車依頼の窓口を下記に変更させていただきます。

　5月11日以降のご連絡先：営業第二部　相馬（soma.kenta@hinode-sangyo.co.jp）
　配車依頼書の送付先　　：eigyo2@hinode-sangyo.co.jp（部の共有アドレス）

引き継ぎには万全を期しますが、何かございましたら相馬までお申し付けください。
長い間ありがとうございました。
{SIG_YUZUKI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "addressed to aoba-unyu.com instead of the partner's aoba-unyu.co.jp (another TLD)",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "shussan-038",
        "charset": "utf-8",
        "sender": "堀之内 真弓 <horinouchi.mayumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>"],
        "cc": ["氷見 浩二 <himi.koji@hinode-sangyo.co.jp>"],
        "subject": "【健康管理室】母健連絡カードに基づく措置のお願い（物流管理課）",
        "body": f"""佐伯さん、氷見課長

健康管理室の堀之内です。
物流管理課の桐谷 真央さんから母性健康管理指導事項連絡カードの提出がありました。

　症状等：妊娠高血圧症候群（軽症）、むくみ
　指導事項：勤務時間の短縮（1日6時間まで）、重量物（10kg以上）の取扱い禁止
　措置期間：2026年3月16日〜出産予定日（6月30日）まで

男女雇用機会均等法に基づき、上記の措置をお願いします。
勤怠上は「母性健康管理措置」の区分で登録してください（無給扱いにしないこと）。
カードの原本は健康管理室で保管しています。
{SIG_HORINOUCHI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named employee's diagnosis and guidance, but sent only to internal colleagues",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "shussan-039",
        "charset": "iso-2022-jp",
        "sender": "大阪支店 総務課 名取 由紀子 <natori.yukiko@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 適用課 <tekiyo@higashi-kenpo.or.jp>"],
        "subject": "大阪支店分 被扶養者異動届（出生）一括提出",
        "body": """東日本産業健康保険組合
適用課 御中

日の出産業株式会社 大阪支店 総務課の名取でございます。
大阪支店・神戸営業所で1〜3月に出生した子の被扶養者追加分を、
貴組合の一括届出様式（Excel97-2003形式）でお送りいたします。
原本は本社人事部よりまとめて郵送いたします。

――――――――――――――――
日の出産業株式会社 大阪支店 総務課
名取 由紀子
〒530-0047 大阪府大阪市北区西天満4-8-17
TEL 06-6365-2210
――――――――――――――――
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "hifuyousha_ikkatsu_osaka_2026Q1.xls",
                "sheets": {
                    "届出一覧": [
                        ["記号", "番号", "被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "性別", "異動日", "異動事由"],
                        ["3112", "57", "西園寺 健吾", "西園寺 一花", "長女", "2026/01/06", "女", "2026/01/06", "出生"],
                        ["3112", "88", "長谷部 彩", "長谷部 颯真", "長男", "2026/01/19", "男", "2026/01/19", "出生"],
                        ["3112", "104", "福留 大地", "福留 ひまり", "次女", "2026/02/02", "女", "2026/02/02", "出生"],
                        ["3112", "131", "安曇 智美", "安曇 律", "長男", "2026/02/15", "男", "2026/02/15", "出生"],
                        ["3115", "22", "千早 俊", "千早 芽生", "長女", "2026/03/01", "女", "2026/03/01", "出生"],
                        ["3115", "39", "蓮見 由香里", "蓮見 朔", "次男", "2026/03/22", "男", "2026/03/22", "出生"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "legacy XLS listing six insured employees with their card 記号・番号 and their newborns' dates of birth",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "shussan-040",
        "charset": "utf-8",
        "sender": "柚木 さやか <yuzuki.sayaka@hinode-sangyo.co.jp>",
        "to": ["sayaka.yzk.0303@gmail.com"],
        "subject": "産休・育休の手続きガイド（自分用）",
        "body": """自分用。
産休中は会社のPCを返却するので、人事からもらった手続きガイドを
個人アドレスに送っておく。

・出産したら2週間以内に人事へ連絡（子の氏名・生年月日）
・出産手当金の申請書は産後56日経過後に提出
・育休延長は保育園の不承諾通知が必要
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "産休育休_手続きガイド_2026.pdf",
                "title": "産休・育休 手続きガイド",
                "lines": [
                    "産前産後休業・育児休業 手続きガイド（2026年4月版）　人事部",
                    "1. 妊娠がわかったら：上長と人事部へ申出。母健連絡カードは健康管理室へ。",
                    "2. 産前休業：出産予定日の6週間前（多胎は14週間前）から請求により取得。",
                    "3. 出産後：子の氏名・生年月日を人事部へ。扶養追加・出産育児一時金の手続き。",
                    "4. 出産手当金：産後休業終了後にまとめて申請（会社経由）。",
                    "5. 育児休業：原則1歳まで。保育所に入れない場合は最長2歳まで延長可。",
                    "6. 復職：復職1か月前に面談。短時間勤務・時差出勤の申請書を提出。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "an employee sends a general procedure guide to her own private address: one free-mail recipient, no personal data",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "shussan-041",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@hayase-sr.jp>"],
        "subject": "Re: 傷病手当金と出産手当金の調整について",
        "body": f"""早瀬先生

ご返信ありがとうございます。ご質問の点、以下のとおりです。

> 産前休業に入る前の欠勤期間について、傷病の内容と期間を教えてください。

経理部の宍戸 綾香さん（昭和６２年１０月３日生）ですが、妊娠30週で前置胎盤による
出血があり、令和８年２月９日から３月８日まで曙総合病院に入院しておりました。
主治医の意見書では「前置胎盤（全前置）、出血のため安静入院」とのことです。
この入院期間（欠勤）について傷病手当金を請求し、3月9日からの産前休業期間は
出産手当金を請求する形で問題ないでしょうか。

> 帝王切開の予定はありますか。

3月27日に予定帝王切開と聞いています。出産日が確定しましたらご連絡します。
{SIG_SAEKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "new text gives a named employee's diagnosis, hospitalisation and planned caesarean to the labour consultant",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "shussan-042",
        "charset": "utf-8",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["ウェルフェアメイト 法務部 <legal@welfare-mate.co.jp>"],
        "subject": "育児支援サービス委託に係る秘密保持契約書（案）の送付",
        "body": f"""株式会社ウェルフェアメイト
法務部 ご担当者様

お世話になっております。日の出産業 総務部の野々村です。
ベビーシッター補助・出産祝金の支給代行の委託開始にあたり、
先に秘密保持契約を締結させていただきたく、弊社ひな形の案をお送りします。

第2条（機密情報の定義）に個人情報を明記し、第7条で再委託の事前承諾を
必要とする形にしております。修正のご要望がありましたら変更履歴でお戻しください。
締結は電子契約（クラウドサイン）を予定しております。

日の出産業株式会社 総務部 総務課
野々村　聡
TEL 03-5719-4300
{DISCLAIMER_JA}
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_ウェルフェアメイト.docx",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と株式会社ウェルフェアメイト（以下「乙」という。）は、育児支援サービスの委託に関し、次のとおり秘密保持契約を締結する。",
                    "第2条（機密情報）本契約において機密情報とは、甲が乙に開示する技術上・営業上の情報及び甲の従業員の個人情報をいう。",
                    "第5条（目的外使用の禁止）乙は、機密情報を本件業務の目的以外に使用してはならない。",
                    "第7条（再委託）乙は、甲の事前の書面による承諾なく、本件業務を第三者に再委託してはならない。",
                    "第10条（有効期間）本契約の有効期間は締結日から3年間とする。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft contract that defines 機密情報: a mention, not a marking",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "shussan-043",
        "charset": "cp932",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 <office@hayase-sr.jp>"],
        "subject": "育休延長の申請書類（保育所入所保留通知）",
        "body": f"""早瀬社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の佐伯です。
育児休業の1歳6か月までの延長につき、本人から提出された入所保留通知書と
延長申出書をPDF（パスワード付き）でお送りします。
パスワードはいつものルールです。
{SIG_SAEKI}
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "育休延長_申請書類_202604.pdf",
                "password": "hns2026",
                "lines": ["育児休業延長申出書", "保育所入所保留通知書（写）"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: it cannot be scanned",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "shussan-044",
        "charset": "iso-2022-jp",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>"],
        "bcc": [
            "otsuki.m@staff-bridge.co.jp",
            "eigyo@jinzai-next.co.jp",
            "haken-info@workbase-staff.jp",
        ],
        "subject": "【派遣会社各位】産休代替スタッフのご提案依頼（品質保証部）",
        "body": """派遣会社各位

平素より大変お世話になっております。
日の出産業株式会社 総務部の野々村でございます。
（本メールはBCCにて複数社様にお送りしております）

品質保証部で産休・育休に伴う欠員が生じるため、代替スタッフのご提案をお願いいたします。

　就業場所：本社（品川区大崎）5F
　業務内容：品質データの集計、顧客向け報告書の作成補助
　期間　　：2026年7月1日〜2027年9月30日（予定）
　時間　　：9:00〜17:30（実働7.5時間）／残業 月5時間程度
　必要スキル：Excel（ピボット・関数）、品質管理の実務経験尚可

4月24日（金）までにスキルシート（個人が特定されない形式）をお送りください。

日の出産業株式会社 総務部 総務課　野々村 聡
TEL 03-5719-4300
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss done right: three staffing agencies in Bcc, only the sender in To",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "shussan-045",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["キャリアコンサルタント 雪村 泉様 <izumi.yukimura@cc-yukimura.jp>"],
        "subject": "復職前キャリア面談（4月実施分）の対象者",
        "body": f"""雪村様

いつもお世話になっております。日の出産業の木ノ下です。
4月の復職前キャリア面談は以下の4名です。日程調整のため、先生から直接
ご連絡いただいて構いません（本人了承済み）。

　1) 宇佐美 綾乃　営業企画部　　090-2841-6637　希望：平日午前
　2) 牧 慎之介　　生産技術部　　080-9915-3072　希望：火・木の夕方
　3) 乙部 玲奈　　品質保証部　　070-4126-5590　希望：いつでも
　4) 椎名 麻衣子　情報システム部 090-6603-1148　希望：4/15以降

面談場所は本社7Fの相談室をご用意しています。
{SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's names and mobiles to a contracted counsellor: under the list threshold, may be warned",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "shussan-046",
        "charset": "utf-8",
        "sender": "名取 由紀子 <natori.yukiko@hinode-sangyo.co.jp>",
        "to": ["月見社会保険労務士法人 大阪事務所 <osaka@office-tsukimi.jp>"],
        "subject": "大阪支店 育児休業給付 支給申請データ（2026年5月）",
        "body": """月見社会保険労務士法人
大阪事務所　ご担当者様

いつもお世話になっております。日の出産業 大阪支店 総務課の名取です。
5月の育児休業給付金（2回目以降）の支給申請分のデータをお送りします。
ZIPの中にCSV（UTF-8）と賃金支払状況の一覧を入れています。

日の出産業株式会社 大阪支店 総務課　名取 由紀子
TEL 06-6365-2210
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "ikukyu_kyufu_osaka_202605.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "shinsei_taisho.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["氏名", "フリガナ", "生年月日", "住所", "振込先"],
                            ["長谷部 彩", "ハセベ アヤ", "1990-04-18", "大阪府吹田市千里山東2-9-31", "しののめ銀行 江坂支店 普通 5508132"],
                            ["安曇 智美", "アズミ トモミ", "1993-01-07", "兵庫県神戸市灘区篠原北町3-14-6-405", "みどり銀行 三宮支店 普通 0912467"],
                            ["蓮見 由香里", "ハスミ ユカリ", "1987-06-25", "大阪府豊中市上野西1-20-8", "ゆうちょ銀行 四〇八支店 普通 3371920"],
                            ["千早 俊", "チハヤ シュン", "1991-11-11", "大阪府大阪市都島区友渕町2-5-17-1102", "なにわ信用金庫 京橋支店 普通 2045583"],
                            ["西園寺 健吾", "サイオンジ ケンゴ", "1989-08-02", "京都府京都市伏見区深草西浦町6-3", "みどり銀行 京都支店 普通 7716304"],
                        ],
                    },
                    {
                        "kind": "txt",
                        "name": "memo.txt",
                        "text": "賃金支払状況：5名とも支給対象期間中の賃金支払なし。\n西園寺さんは5/12で育休終了（復職）。",
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a UTF-8 CSV of five employees (date of birth, home address, bank account) to a labour consultant",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "shussan-047",
        "charset": "iso-2022-jp",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["錦印刷株式会社 鹿島様 <kashima@nishiki-insatsu.co.jp>"],
        "subject": "チラシ原稿「提携保育施設のご案内」入稿",
        "body": """錦印刷株式会社
鹿島様

お世話になっております。日の出産業の野々村です。
先日ご相談したA4チラシの原稿（テキスト）です。レイアウトはお任せします。

―――――――― 原稿 ――――――――
提携保育施設のご案内（日の出産業 社員向け）
企業枠をご利用いただける施設は以下のとおりです。

・ひかりの森保育園　　　品川区大崎2-14-3　　　　TEL 03-3491-2207　0歳〜5歳
・キッズガーデン大崎　　品川区西品川1-8-22 2F　 TEL 03-5436-1180　0歳〜2歳
・こもれびナーサリー品川 品川区北品川5-3-9　　　 TEL 03-6721-4453　0歳〜2歳
・みのり保育園五反田　　品川区西五反田7-11-5　　TEL 03-3779-0916　1歳〜5歳
・そらいろ保育ルーム　　目黒区下目黒2-19-1　　　TEL 03-5487-3302　0歳〜3歳

お申込み・ご相談：人事部 両立支援担当（内線2408）
―――――――――――――――――

部数は300部、納品は4月10日でお願いします。

日の出産業株式会社 総務部　野々村
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of nurseries (businesses) with their addresses and phones, not of people",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "shussan-048",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@hayase-sr.jp>"],
        "subject": "【取扱注意】くるみん認定申請 事前確認資料",
        "body": f"""┏━━━━━━━━━━━━━━━━━━━┓
┃　情報区分：取扱注意（関係者限り）　┃
┗━━━━━━━━━━━━━━━━━━━┛

早瀬先生

お世話になっております。日の出産業の木ノ下です。
くるみん（トライくるみん含む）認定申請に向けて、事前に要件充足の確認をお願いします。

　計画期間　：2021年4月1日〜2026年3月31日
　男性育休等取得率：2021年度 18.2% → 2025年度 46.2%（育児目的休暇を含め 61.5%）
　女性育休取得率　：計画期間平均 97.8%
　所定外労働の削減：月平均残業 24.1h → 16.7h
　年休取得率　　　：計画期間平均 68.4%

男性の取得率は育児目的休暇を含めて算定した場合の開示方法について、
ご意見を伺えますでしょうか。
{SIG_KINOSHITA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 取扱注意 in the subject and a banner",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "shussan-049",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["久保園 千夏 <chinatsu_kubozono@yahoo.co.jp>"],
        "subject": "復職前面談のご案内と短時間勤務申請書",
        "body": f"""久保園さん

ご無沙汰しております。労務課の佐伯です。お子さんは元気にしていますか。
2027年2月1日の復職に向けて、12月中に面談をさせてください。
候補日：12/8（火）、12/10（木）、12/15（火）いずれも10時〜（オンライン可）

短時間勤務を希望される場合は、添付の申請書を面談時までにご記入ください。
保育園の入園が決まりましたら、入園決定通知の写しもお願いします。
{SIG_SAEKI}
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "育児短時間勤務申出書.docx",
                "paragraphs": [
                    "育児短時間勤務申出書",
                    "日の出産業株式会社　人事部長 殿",
                    "私は、育児・介護休業規程第18条に基づき、下記のとおり育児短時間勤務を申し出ます。",
                ],
                "tables": [[["申出者氏名", ""], ["所属", ""], ["対象の子の氏名・生年月日", ""], ["希望する勤務時間", "　時　分 〜 　時　分"], ["期間", "　年　月　日 〜 　年　月　日"]]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "mail to the employee herself at her free-mail address with a blank application form",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "shussan-050",
        "charset": "cp932",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["すまいサポート管理 社宅担当 <shataku@sumai-kanri.co.jp>"],
        "subject": "社宅 住み替え申請（出産による家族数変更）",
        "body": """株式会社すまいサポート管理
社宅担当 ご担当者様

日の出産業 総務部の野々村です。
下記社員より、出産に伴い2LDK以上の社宅への住み替え申請がありました。
物件のご紹介と、入居審査に必要な本人確認情報をお送りします。

【申請者】
　氏名　　　：牧　慎之介（マキ　シンノスケ）
　生年月日　：1992年4月6日
　現住所　　：東京都大田区南蒲田2-17-5 日の出社宅蒲田 306号
　携帯電話　：080-9915-3072
　運転免許証番号：第 3019 2284 5571 号（東京都公安委員会）
【同居家族】妻・長男（2026年3月27日生）
【希望】2026年6月入居、大田区・品川区、家賃上限 14万円

よろしくお願いいたします。
日の出産業株式会社 総務部 総務課　野々村 聡　TEL 03-5719-4300
""",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an employee's driving licence number with his date of birth and home address sent to a housing agent",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "shussan-051",
        "charset": "utf-8",
        "sender": "Kyohei Sudo <sudo.kyohei@hinode-sangyo.co.jp>",
        "to": ["Tsubasa System Support <support@tsubasa-system.jp>"],
        "subject": "[Ticket #TS-58812] Leave type for post-birth paternity leave",
        "body": """Hello Tsubasa support team,

This is Sudo from the IT department at Hinode Sangyo (tenant ID: HNS-0042).

We would like to add a new leave type for "出生時育児休業" (post-birth paternity leave)
to the attendance module, separate from the ordinary childcare leave, so that:

  1. it can be split into two periods within 8 weeks after birth;
  2. working days during the leave are counted and capped at half of the scheduled days;
  3. it is excluded from the attendance rate used for bonus calculation.

Is this possible with the current version (v8.4), or do we need the custom field option?
A test environment would be fine for now; we plan to release in June.

Best regards,
Kyohei Sudo
IT Department, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English support ticket to the payroll partner about a system setting; no personal data",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "shussan-052",
        "charset": "iso-2022-jp",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["スタッフブリッジ 大槻様 <otsuki.m@staff-bridge.co.jp>"],
        "subject": "下期の代替要員計画（産休・育休予定者）",
        "body": """大槻様

お世話になっております。日の出産業の野々村です。
下期の代替要員の計画を立てるため、産休・育休の予定者を共有します。
（Excelから貼り付けていますので、ずれていたらすみません）

氏名	所属	出産予定日	休業開始	休業終了（予定）	担当業務
乙部 玲奈	品質保証部	2026/09/14	2026/08/03	2027/09/30	顧客クレーム集計
桐谷 真央	物流管理課	2026/06/30	2026/05/19	2027/06/30	入出荷管理
二階堂 美咲	経理部	2026/11/02	2026/09/21	2027/10/31	支払業務
椎名 麻衣子	情報システム部	2026/10/08	2026/08/27	2027/04/30	ヘルプデスク
宍戸 綾香	経理部	2026/03/27	2026/02/09	2027/03/31	売掛金管理
冨永 由佳	大阪支店 総務課	2026/12/20	2026/11/08	2027/12/19	総務全般

上から順に手配が必要です。経理の2名分は同じ方が兼務できると助かります。

日の出産業株式会社 総務部　野々村
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of six named employees with their due dates and leave periods pasted into the body to a staffing agency",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "shussan-053",
        "charset": "utf-8",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["みらい生命 団体保険サービス課 <dantai-claim@mirai-seimei.co.jp>"],
        "subject": "団体医療保険 給付金請求（証券番号 GM-207733）",
        "body": f"""みらい生命保険株式会社
団体保険サービス課 御中

いつもお世話になっております。日の出産業（団体契約者）の門脇です。
団体医療保険の加入者より手術給付金・入院給付金の請求がありましたので、
請求書と診断書の写しを送付いたします。

　被保険者　：宍戸　綾香　様（1987年10月3日生）　加入者番号 0418
　傷病名　　：前置胎盤（全前置）、帝王切開術
　入院期間　：2026年2月9日〜2026年4月3日（55日間）
　手術日　　：2026年3月27日（帝王切開術）

給付金は本人口座へ直接お振込みください（請求書に記載）。
{SIG_KADOWAKI}
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "診断書_写.pdf",
                "lines": [
                    "入院・手術証明書（診断書）　曙総合病院",
                    "患者氏名　宍戸 綾香　生年月日 昭和62年10月3日",
                    "傷病名　前置胎盤（全前置）",
                    "手術名　帝王切開術（2026年3月27日）",
                    "入院期間　2026年2月9日〜2026年4月3日",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "insurance claim with a named employee's diagnosis and surgery (medical certificate attached)",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "shussan-054",
        "charset": "cp932",
        "sender": "名取 由紀子 <natori.yukiko@hinode-sangyo.co.jp>",
        "to": ["佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>", "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>"],
        "subject": "FW: 産休開始日の変更（大阪 蓮見）",
        "body": """佐伯さん、門脇さん

大阪の名取です。蓮見さんから下記の連絡がありましたので転送します。
産休開始の前倒しと、産後の連絡先変更です。健保・年金の届出をお願いします。

-----Original Message-----
From: 蓮見 由香里 <hasumi.yukari@hinode-sangyo.co.jp>
Sent: Monday, February 2, 2026 9:14 AM
To: 名取 由紀子 <natori.yukiko@hinode-sangyo.co.jp>
Subject: 産休開始日の変更

名取さん

健診で双子とわかり、産前休業を14週前からに前倒ししたいです。
出産予定日は4月30日のままで、産休開始を1月23日に遡って申請できますか。
産後は実家に戻りますので、郵送物は下記へお願いします。
　〒790-0823 愛媛県松山市清水町3-18-2 蓮見方
　TEL 089-924-3318

蓮見
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "forward with one employee's home address and phone, but only to internal colleagues",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "shussan-055",
        "charset": "iso-2022-jp",
        "sender": "真柴 隆之 <mashiba.takayuki@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "妊娠・出産を理由とする不利益取扱いに関するご相談（日程）",
        "body": """白川先生

いつもお世話になっております。日の出産業の真柴です。
先日お電話でお話しした、育休明けの配置に関する社員からの申出の件で、
一度事務所に伺ってご相談したく存じます。

　候補：4月14日（火）15時〜、4月16日（木）10時〜、4月17日（金）13時〜
　出席：人事部長 真柴、労務課 佐伯

事実関係の時系列と、就業規則・育児介護休業規程の該当条文は当日お持ちします。
ご都合をお聞かせください。

--
日の出産業株式会社　人事部長
真柴　隆之
TEL 03-5719-4400
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the partner law firm is shirakawa-law.jp; this goes to shirakawa-law.co.jp",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "shussan-056",
        "charset": "utf-8",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["ナーサリーワークス 開設支援部 堤様 <tsutsumi@nursery-works.co.jp>"],
        "cc": ["アトリエK設計 片桐様 <katagiri@atelier-k-arch.jp>"],
        "subject": "企業内保育所（本社2F）設置の打合せについて",
        "body": """堤様、片桐様

お世話になっております。日の出産業 総務部の野々村です。
本社2F倉庫スペースを転用した企業内保育所の件、運営面と設計面を
あわせて検討したく、三者でのお打合せをお願いできますでしょうか。

　日時（案）：4月22日（水）14:00〜16:00
　場所　　　：本社2F 現地（その後7F会議室）
　議題　　　：定員（0〜2歳 12名想定）と面積基準／避難経路・調乳室の配置／
　　　　　　　企業主導型保育事業の助成申請スケジュール

図面（現況）は当日紙でお配りします。

日の出産業株式会社 総務部 総務課　野々村 聡
TEL 03-5719-4300
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc for a normal three-way meeting",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "shussan-057",
        "charset": "iso-2022-jp",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["ベビーカタログ本舗 法人営業 <b2b@baby-catalog-honpo.jp>"],
        "subject": "出産祝いカタログギフト 年間契約のお見積り依頼",
        "body": """ベビーカタログ本舗
法人営業ご担当者様

はじめてご連絡いたします。日の出産業株式会社 総務部の野々村と申します。
社員の出産祝いとして、カタログギフトの年間契約を検討しております。
以下の条件でお見積りをお願いできますでしょうか。

　コース　　：5,500円コース／11,000円コース（多胎の場合）
　想定件数　：年間 約45件
　発送方法　：都度、社員の自宅へ直送（お届け先は都度メールでご連絡）
　請求　　　：月末締め翌月末払い（請求書）
　その他　　：のし「御出産祝 日の出産業株式会社」、メッセージカード同封

4月10日までにご回答いただけますと幸いです。

日の出産業株式会社 総務部 総務課　野々村 聡
〒141-0032 東京都品川区大崎3-9-14　TEL 03-5719-4300
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "request for a quotation to one vendor: ordinary business mail",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "shussan-058",
        "charset": "utf-8",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["帆足 真琴 <makoto-hoashi@softbank.ne.jp>"],
        "cc": ["帆足 亮平 <hoashi.ryohei@hinode-sangyo.co.jp>"],
        "subject": "出産育児一時金 差額のお振込みについて",
        "body": f"""帆足 真琴様

日の出産業 人事部の門脇です。ご出産おめでとうございます。
ご主人（亮平さん）からこちらのアドレスにご連絡するよう伺いました。

健保組合より、出産育児一時金の差額 37,700円 と付加金 30,000円 を
4月24日にご主人名義の給与振込口座へ振り込むと連絡がありました。
支給決定通知書は会社経由でご主人にお渡しします。

ご不明点があれば、ご主人経由でも、このアドレスへの返信でも構いません。
{SIG_KADOWAKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "an employee's wife (one private recipient on a carrier address) told the amount paid: no identifiers or sensitive data",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "shussan-059",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@hayase-sr.jp>"],
        "subject": "両立支援等助成金（出生時両立支援コース）申請用 対象者名簿",
        "body": f"""早瀬先生

お世話になっております。日の出産業の木ノ下です。
出生時両立支援コースの第1種・第2種の申請に使う対象者名簿をPDFでお送りします。
育児休業の申出書・取得実績は、先生の共有フォルダにアップ済みです。
{SIG_KINOSHITA}
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "出生時両立支援コース_対象者名簿.pdf",
                "title": "対象者名簿",
                "lines": ["両立支援等助成金（出生時両立支援コース） 対象者名簿　日の出産業株式会社", ""],
                "table": [
                    ["No", "氏名", "生年月日", "住所", "子の出生日", "育休期間"],
                    ["1", "鳥海 祐介", "1990/03/15", "東京都大田区田園調布本町38-11", "2026/02/26", "2026/03/02-2026/07/12"],
                    ["2", "帆足 亮平", "1992/11/27", "神奈川県川崎市中原区木月2-6-14-502", "2026/04/02", "2026/04/27-2026/05/26"],
                    ["3", "牧 慎之介", "1992/04/06", "東京都大田区南蒲田2-17-5-306", "2026/03/27", "2026/03/30-2026/05/29"],
                    ["4", "西園寺 健吾", "1989/08/02", "京都府京都市伏見区深草西浦町6-3", "2026/01/06", "2026/01/13-2026/05/12"],
                    ["5", "福留 大地", "1993/10/21", "大阪府堺市北区中百舌鳥町5-44", "2026/02/02", "2026/02/05-2026/03/04"],
                    ["6", "千早 俊", "1991/11/11", "大阪府大阪市都島区友渕町2-5-17", "2026/03/01", "2026/03/02-2026/04/30"],
                    ["7", "榊原 拓海", "1994/07/09", "埼玉県さいたま市浦和区常盤8-3-19", "2026/01/22", "2026/01/23-2026/02/19"],
                    ["8", "氷見 浩二", "1985/12/30", "東京都品川区小山台1-24-7", "2026/02/14", "2026/02/16-2026/03/13"],
                    ["9", "相馬 健太", "1990/06/05", "千葉県市川市南八幡4-10-2-803", "2026/03/18", "2026/03/19-2026/04/15"],
                    ["10", "須藤 恭平", "1988/02/17", "東京都目黒区中町1-31-9", "2026/01/09", "2026/01/10-2026/02/06"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF table of ten fathers with dates of birth and home addresses for a subsidy application",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "shussan-060",
        "charset": "iso-2022-jp",
        "sender": "名取 由紀子 <natori.yukiko@hinode-sangyo.co.jp>",
        "to": ["月見社会保険労務士法人 大阪事務所 松永様 <matsunaga@office-tsukimi.jp>"],
        "subject": "育児休業給付金 初回申請（福留）個人番号の件",
        "body": f"""月見社会保険労務士法人
松永様

お世話になっております。日の出産業 大阪支店の名取です。
ハローワークから個人番号の記載を求められたとのことで、下記のとおりお知らせします。

　被保険者氏名：福留　大地
　生年月日　　：平成５年１０月２１日
　個人番号　　：{zen(my_number(SEED + 9))}
　雇用保険被保険者番号：２７０９−５５１８２０−４

本人の利用目的の同意は取得済みです。
よろしくお願いいたします。

日の出産業株式会社 大阪支店 総務課　名取 由紀子
TEL 06-6365-2210
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's My Number in full-width digits with his date of birth, to a labour consultant",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "shussan-061",
        "charset": "iso-2022-jp",
        "sender": "久我 祐二 <kuga.yuji@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 経理ご担当 <keiri@hayase-sr.jp>"],
        "subject": "Re: 3月分 手続代行報酬のご請求について",
        "body": """早瀬社会保険労務士事務所
経理ご担当者様

お世話になっております。日の出産業 経理部の久我です。
3月分のご請求書（請求番号 HS-2603-041、金額 187,000円 税込）を受領いたしました。
適格請求書発行事業者の登録番号 T8201101058833 を確認のうえ、4月30日に
ご指定の口座へお振込みいたします。

内訳のうち「出産手当金・育児休業給付 手続代行（6件）」は、単価が契約書の
別表と異なっているようです（契約：1件 8,800円／請求：1件 11,000円）。
お手数ですがご確認いただけますでしょうか。

日の出産業株式会社 経理部　久我 祐二
TEL 03-5719-4350
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "invoice query quoting the consultant's qualified-invoice T-number: a business identifier, ordinary mail",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "shussan-062",
        "charset": "utf-8",
        "sender": "堀之内 真弓 <horinouchi.mayumi@hinode-sangyo.co.jp>",
        "to": ["せいらんレディースクリニック 外来 <gairai@seiran-womens.jp>"],
        "subject": "就業上の配慮についてのご照会（貴院受診中の弊社社員）",
        "body": f"""せいらんレディースクリニック
主治医の先生

突然のご連絡失礼いたします。日の出産業株式会社 健康管理室の保健師、堀之内と申します。
貴院で妊婦健診を受けておられる弊社社員について、就業上の配慮を検討するため
ご意見を伺いたく、ご本人の同意を得てご連絡しております。

　氏名：椎名　麻衣子　様（1990年1月26日生）
　ご本人からの申告：妊娠24週の糖負荷試験で妊娠糖尿病と診断され、
　　　　　　　　　　インスリン導入を検討中とのこと

弊社では夜間のシステム保守当番（月2回程度）があり、食事時間が不規則になります。
当番から外すべきか、時間の配慮で足りるか、母健連絡カードへのご記入で
ご指示いただけますと幸いです。
{SIG_HORINOUCHI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's diagnosis (gestational diabetes) and date of birth sent to her clinic",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "shussan-063",
        "charset": "cp932",
        "sender": "榊原 拓海 <sakakibara.takumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸株式会社 営業部 能登様 <noto.t@aoba-unyu.co.jp>"],
        "subject": "Re: ご出産おめでとうございます",
        "body": """能登様

温かいお言葉をありがとうございます。
おかげさまで母子ともに元気にしております。

明日から2週間、産後パパ育休をいただきます。
休業中の出荷スケジュールの件は、生産管理課の三輪（miwa.jun@hinode-sangyo.co.jp）が
対応いたしますので、何かございましたら三輪までご連絡ください。
復帰後あらためてご挨拶に伺います。

日の出産業株式会社 製造部 生産管理課
榊原 拓海　TEL 03-5719-4512

> 榊原様
> ご長男ご誕生とのこと、誠におめでとうございます。
> 奥様とお子様のご健康を心よりお祈り申し上げます。
> 青葉運輸 能登
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you reply to a partner customer with a colleague's business contact for cover",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "shussan-064",
        "charset": "iso-2022-jp",
        "sender": "名取 由紀子 <natori.yukiko@hinode-sangyo.co.jp>",
        "to": ["月見社会保険労務士法人 大阪事務所 松永様 <matsunaga@office-tsukimi.jp>"],
        "subject": "大阪支店 労使協定（育児休業）の写し",
        "body": """松永様

お世話になっております。日の出産業 大阪支店の名取です。
ご依頼の育児休業に関する労使協定（出生時育児休業中の就業を含む）の写しを
スキャンしてお送りします。読めない箇所がありましたらお知らせください。

日の出産業株式会社 大阪支店 総務課　名取 由紀子
TEL 06-6365-2210
""",
        "attachments": [
            {"kind": "corrupt", "name": "roushikyotei_ikuji_osaka.pdf"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the scanned PDF is corrupt and cannot be read",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "shussan-065",
        "charset": "utf-8",
        "sender": "真柴 隆之 <mashiba.takayuki@hinode-sangyo.co.jp>",
        "to": ["ジンザイネクスト 法人営業 <eigyo@jinzai-next.co.jp>"],
        "subject": "2026年度 代替要員の年間枠について",
        "body": """株式会社ジンザイネクスト
法人営業ご担当者様

日の出産業 人事部長の真柴です。
先日の打合せでお話しした、産休・育休代替の年間枠について、
部門別の想定人数をまとめたファイルをお送りします。
年間契約の場合の単価をご提示いただけますでしょうか。

--
日の出産業株式会社　人事部長　真柴 隆之
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "代替要員計画_2026.xlsx",
                "sheets": {
                    "部門別": [
                        ["【極秘】2026年度 人員計画（産休・育休代替）", "", "", ""],
                        ["", "", "", ""],
                        ["部門", "代替必要人数", "想定期間（月）", "職種"],
                        ["経理部", 2, 12, "経理事務"],
                        ["品質保証部", 1, 14, "品質データ集計"],
                        ["情報システム部", 1, 8, "ヘルプデスク"],
                        ["物流管理課", 1, 13, "入出荷管理"],
                        ["大阪支店", 1, 12, "総務事務"],
                    ],
                    "前提": [
                        ["前提条件"],
                        ["2026年度の産休予定 9名、男性育休（1か月超）予定 4名から算定"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the spreadsheet's title row is stamped 【極秘】; sent to a staffing agency",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "shussan-066",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>"],
        "subject": "出産祝い品の送付先リスト（1〜3月出生分）",
        "body": """野々村さん

給与厚生Gの門脇です。1〜3月に出生届のあった社員の送付先です。
はなまるギフトへの発注をお願いします（社外へはこのまま転送しないでください）。

■ 宇佐美 綾乃　〒141-0022 東京都品川区東五反田4-2-18-701　090-2841-6637
■ 鳥海 祐介　　〒145-0072 東京都大田区田園調布本町38-11　　 080-4402-9176
■ 城之内 奈々　〒135-0061 東京都江東区豊洲5-6-21-1503　　　 090-5528-1740
■ 帆足 亮平　　〒211-0025 神奈川県川崎市中原区木月2-6-14-502 090-8817-2265
■ 真鍋 かおり　〒223-0062 神奈川県横浜市港北区日吉本町4-27-9-302 090-3152-8864（双子）
■ 牧 慎之介　　〒144-0035 東京都大田区南蒲田2-17-5-306　　　080-9915-3072
■ 榊原 拓海　　〒330-0061 埼玉県さいたま市浦和区常盤8-3-19　 070-5510-2287

門脇
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "seven employees' home addresses and phones, but sent internally only",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "shussan-067",
        "charset": "utf-8",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 適用課 二見様 <futami@higashi-kenpo.or.jp>"],
        "subject": "FW: 扶養追加の対象者（3月出生分）",
        "body": f"""二見様

お世話になっております。日の出産業の佐伯です。
3月出生分の扶養追加対象者について、社内でまとめたメールをそのまま添付します。
届出書の原本は本日発送しました。念のため内容の照合にお使いください。
{SIG_SAEKI}
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "扶養追加の対象者（3月出生分）.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
                    "to": ["佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>"],
                    "subject": "扶養追加の対象者（3月出生分）",
                    "body": """佐伯さん

3月出生分の扶養追加対象者です。

被保険者（記号・番号）          被扶養者        続柄  生年月日
------------------------------  --------------  ----  ----------
城之内 奈々（3107・176）        城之内 陽向     長男  R8.3.3
帆足 亮平（3107・228）          帆足 蒼         長男  R8.3.9
真鍋 かおり（3107・198）        真鍋 紬         長女  R8.3.14
真鍋 かおり（3107・198）        真鍋 澪         次女  R8.3.14
牧 慎之介（3107・305）          牧 晴           長男  R8.3.27
相馬 健太（3107・287）          相馬 ことね     長女  R8.3.18

門脇
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an attached internal mail (now forwarded outside) lists six newborns with the insured's card 記号・番号 and 和暦 dates of birth",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "shussan-068",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["城之内 奈々 <nana.jonouchi.0412@gmail.com>"],
        "subject": "陽向くんの健康保険の資格情報",
        "body": f"""城之内さん

労務課の佐伯です。資格確認書の到着が１か月健診に間に合わないとのことでしたので、
健保組合から届いた資格情報をお知らせします。病院の窓口でお伝えください。

　保険者番号：06137125
　記号　　　：3107
　番号　　　：176
　枝番　　　：02
　氏名　　　：城之内　陽向（ジョウノウチ　ヒナタ）
　生年月日　：令和８年３月３日

資格確認書は４月上旬にご自宅へ郵送されます。
{SIG_SAEKI}
""",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a newborn's health insurance 記号・番号・枝番 sent to a private free-mail address",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "shussan-069",
        "charset": "utf-8",
        "sender": "広報室 芦田 圭 <ashida.kei@hinode-sangyo.co.jp>",
        "to": ["経済日報 記者 三雲様 <mikumo.r@keizai-nippo.co.jp>"],
        "subject": "Re: 男性育休に関する取材のお願い",
        "body": """経済日報
三雲様

日の出産業 広報室の芦田です。取材のご依頼ありがとうございます。
お問い合わせの数値は以下のとおりです（いずれも当社の公表値）。

　男性の育児休業等取得率　2023年度 31.0% → 2024年度 38.7% → 2025年度 46.2%
　男性の平均取得日数　　　2025年度 38.5日
　女性の育休後復職率　　　2025年度 94.1%

社員へのインタビューについては、本人の了解が得られた2名（いずれも仮名・顔写真なし）で
対応可能です。日程は人事部と調整のうえ、改めてご連絡いたします。

日の出産業株式会社　広報室
芦田　圭　TEL 03-5719-4120
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "published statistics to a journalist: no individual's data",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "shussan-070",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["キャリアリング ファシリテーター 松浦様 <matsuura@career-ring.co.jp>"],
        "cc": [
            "宇佐美 綾乃 <ayano.usami@gmail.com>",
            "二宮 瑞穂 <mizuho.n.0711@outlook.jp>",
            "真鍋 かおり <kaori.manabe77@gmail.com>",
        ],
        "subject": "育休者オンライン交流会（5/16）のご案内とファシリテーターのご紹介",
        "body": f"""松浦様、育休中の皆さま

人事部の木ノ下です。
5月16日（土）10時からの育休者オンライン交流会について、
当日のファシリテーターをお願いしているキャリアリングの松浦様をご紹介します。
皆さまへの招待リンクは松浦様から直接お送りいただきます。

松浦様：参加者はCcの3名です。お手数ですがリンクの送付をお願いいたします。
{SIG_KINOSHITA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a training company and three employees' private addresses all visible in To/Cc: four external parties",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "shussan-071",
        "charset": "utf-8",
        "sender": "Azusa Kinoshita <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["Daniel Okafor <daniel.okafor@kidsbridge-intl.com>"],
        "subject": "Bilingual daycare benefit - corporate plan pricing",
        "body": f"""Dear Mr. Okafor,

Thank you for the introduction call last Thursday. As discussed, we are considering
a corporate plan for your bilingual daycare centres for employees returning from
childcare leave, starting in October 2026.

Could you send us a quotation for the following?
  - Corporate slots: 4 (ages 1-2) at the Shinagawa and Meguro centres
  - Contract term: 12 months, renewable
  - Options: extended care until 19:30, temporary care during school holidays

We would also appreciate a sample of your standard service agreement and your
privacy policy for children's data.

Kind regards,
Azusa Kinoshita
Work-Life Support, Human Resources Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5719-4408
{DISCLAIMER_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English request for a quotation to a daycare company, with the standard disclaimer",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "shussan-072",
        "charset": "cp932",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["名取 由紀子 <natori.yukiko@hinode-sangyo.jp>"],
        "subject": "育休復帰者チェックリスト（支店用）",
        "body": f"""名取さん

労務課の佐伯です。先日お話しした支店用の育休復帰チェックリストです。
大阪支店で使いやすいように直していただいて構いません。

　□ 復帰1か月前：面談日程の調整、短時間勤務申出書の回収
　□ 復帰月　　：社会保険料免除の終了、育児休業等終了時報酬月額変更届の要否確認
　□ 復帰月　　：住民税の徴収再開（特別徴収）
　□ 復帰翌月　：保育園の就労証明（復職証明）の提出
　□ 随時　　　：子の看護等休暇・時間外免除の申出書の案内

来週の支店長会議で紹介していただけると助かります。
{SIG_SAEKI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "a colleague's address typed as hinode-sangyo.jp (co. dropped), a look-alike of the company's own domain",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "shussan-073",
        "charset": "utf-8",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与BPO 井戸川様 <idogawa@tsubasa-system.jp>"],
        "subject": "産後パパ育休 取得者（4月勤怠反映分）",
        "body": f"""井戸川様

お世話になっております。日の出産業の門脇です。
4月の勤怠に反映が必要な出生時育児休業の取得者4名分をCSVでお送りします。
休業期間中の就業日は「就業日」列に記載しています（就業分は通常どおり支給）。
{SIG_KADOWAKI}
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "papa_ikukyu_202604.csv",
                "encoding": "utf-8",
                "rows": [
                    ["社員番号", "氏名", "子の出生日", "休業開始", "休業終了", "就業日"],
                    ["H-21156", "帆足 亮平", "2026-04-02", "2026-04-06", "2026-04-24", "2026-04-15"],
                    ["H-22408", "牧 慎之介", "2026-03-27", "2026-03-30", "2026-04-26", ""],
                    ["H-19987", "相馬 健太", "2026-03-18", "2026-04-13", "2026-04-30", "2026-04-22;2026-04-23"],
                    ["H-20533", "三輪 潤", "2026-04-09", "2026-04-10", "2026-05-07", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four employees' leave records to the payroll partner: under five records, may be warned",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "shussan-074",
        "charset": "iso-2022-jp",
        "sender": "野々村 聡 <nonomura.satoshi@hinode-sangyo.co.jp>",
        "to": ["ジンザイネクスト 派遣管理 <haken-kanri@jinzai-next.co.jp>"],
        "subject": "派遣スタッフ 小此木さんの母性健康管理措置について",
        "body": """株式会社ジンザイネクスト
派遣管理ご担当者様

お世話になっております。日の出産業 総務部の野々村です。
御社スタッフの小此木さんから、当社の派遣先責任者あてに母健連絡カードが提出されました。
派遣元として措置の調整をお願いしたく、カードの内容を転記したものを添付します。

日の出産業株式会社 総務部　野々村 聡
TEL 03-5719-4300
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "母健連絡カード_転記_小此木.docx",
                "title": "母性健康管理指導事項連絡カード（転記）",
                "paragraphs": ["母性健康管理指導事項連絡カード（転記）", "事業主殿　下記の者は、健康診査及び保健指導の結果、下記2〜4の措置を講ずることが必要であると認めます。"],
                "tables": [
                    [
                        ["氏名", "小此木 詩織"],
                        ["生年月日", "平成8年6月12日"],
                        ["妊娠週数", "11週"],
                        ["分娩予定日", "令和8年10月19日"],
                        ["症状等", "切迫流産（出血あり）"],
                        ["指導事項", "休業（自宅療養）"],
                        ["措置期間", "令和8年4月6日〜令和8年4月26日"],
                        ["医療機関", "みずほ台ウィメンズクリニック　医師 北浦 智子"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX transcript of a maternal health card (threatened miscarriage) for a named temp worker, to the staffing agency",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "shussan-075",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["ほいくリンク 企業主導型保育 入所担当 <nyusho@hoiku-link.co.jp>"],
        "subject": "10月入所 共同利用枠の利用希望者について",
        "body": f"""ほいくリンク株式会社
入所担当 ご担当者様

お世話になっております。日の出産業の木ノ下です。
10月入所の共同利用枠（当社6枠）について、利用希望者が確定しましたのでお知らせします。
面談のご連絡は保護者の携帯へ直接お願いいたします。

・鳥海 結衣ちゃん（2026年2月26日生）　保護者：鳥海 祐介　080-4402-9176
・城之内 陽向くん（2026年3月3日生）　保護者：城之内 奈々　090-5528-1740
・帆足 蒼くん（2026年3月9日生）　保護者：帆足 亮平　090-8817-2265
・真鍋 紬ちゃん（2026年3月14日生）　保護者：真鍋 かおり　090-3152-8864
・真鍋 澪ちゃん（2026年3月14日生）　保護者：真鍋 かおり　（同上）
・牧 晴くん（2026年3月27日生）　保護者：牧 慎之介　080-9915-3072

真鍋さんは双子のため、同じクラスでの受け入れをご検討ください。
{SIG_KINOSHITA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "bulleted list of six children with dates of birth and their parents' mobiles to a nursery operator",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "shussan-076",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 総務課 <somu@higashi-kenpo.or.jp>"],
        "subject": "申請書用紙の送付依頼",
        "body": f"""東日本産業健康保険組合
総務課 御中

お世話になっております。日の出産業 人事部の門脇です。
下記の申請書用紙が残り少なくなりましたので、ご送付をお願いいたします。

　・出産育児一時金支給申請書　　　　　　　50部
　・出産手当金支給申請書　　　　　　　　　50部
　・被扶養者（異動）届　　　　　　　　　　100部
　・「出産・育児の手続き」パンフレット　　100部

送付先：〒141-0032 東京都品川区大崎3-9-14 日の出ビル7F 日の出産業株式会社 人事部 門脇宛
{SIG_KADOWAKI}

■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■
【CONFIDENTIALITY NOTICE】
本メールおよび添付ファイルには機密情報が含まれている場合があります。
宛先以外の方が受信された場合は、直ちに送信者へご連絡のうえ削除してください。
This message may contain confidential and/or privileged information.
If you are not the addressee, please notify the sender and destroy this message.
■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a request for blank forms followed by the standard confidentiality disclaimer, which is not a marking",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "shussan-077",
        "charset": "utf-8",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 適用課 <tekiyo@higashi-kenpo.or.jp>"],
        "subject": "被扶養者（異動）届 配偶者・子の追加（相馬）",
        "body": f"""東日本産業健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業の門脇です。
被保険者 相馬 健太 の配偶者が出産を機に退職し、子の出生とあわせて
被扶養者に追加いたしますので、届書の内容（Word）をお送りします。
原本は追って郵送いたします。
{SIG_KADOWAKI}
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "被扶養者異動届_相馬.docx",
                "paragraphs": ["健康保険 被扶養者（異動）届　記入内容", "事業所整理記号：品川ア 3107　被保険者整理番号：287"],
                "tables": [
                    [
                        ["区分", "氏名", "生年月日", "個人番号", "住所", "異動事由"],
                        ["被保険者", "相馬 健太", "1990年6月5日", my_number(SEED + 10), "千葉県市川市南八幡4-10-2-803", "-"],
                        ["配偶者", "相馬 朋美", "1992年2月21日", my_number(SEED + 11), "同上", "退職（2026年3月31日）による収入減"],
                        ["子", "相馬 ことね", "2026年3月18日", my_number(SEED + 12), "同上", "出生"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table with three family members' My Numbers, dates of birth and address",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "shussan-078",
        "charset": "cp932",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["月見社会保険労務士法人 大阪事務所 松永様 <matsunaga@office-tsukimi.jp>"],
        "subject": "Re: 大阪支店の育休規程の確認について",
        "body": f"""松永様

お世話になっております。本社労務課の佐伯です。
規程の本文につきましては、社内規程上「社外秘」の扱いとなっており、
契約上の開示範囲の確認が済むまでメールでの送付は控えさせていただきます。
取り急ぎ、ご質問の点のみ概要をお知らせします。

　・育児休業の対象：有期雇用者も含め、法定どおり（労使協定による除外は入社1年未満のみ）
　・出生時育児休業中の就業：労使協定あり（本社・支店共通）
　・子の看護等休暇：小学校3年生修了まで、年5日（2人以上は10日）、半日・時間単位可

本文の閲覧は、来月の訪問時に紙でお見せする形でいかがでしょうか。
{SIG_SAEKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned (why the regulation is not sent); the mail itself carries no marking",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "shussan-079",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与BPO <bpo-support@tsubasa-system.jp>"],
        "subject": "【暗号化】育休復帰者の給与再開データ（5月支給分）",
        "body": f"""株式会社ツバサシステム
給与BPOセンター ご担当者様

お世話になっております。日の出産業の門脇です。
5月に育休から復帰する社員の給与再開データを、暗号化ZIPでお送りします。
パスワードは別途お電話でお伝えします。
{SIG_KADOWAKI}
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "fukki_kyuyo_202605.zip",
                "password": "T5ub@2605",
                "files": [
                    {"kind": "xlsx", "name": "復帰者一覧_202605.xlsx",
                     "sheets": {"復帰者": [["社員番号", "氏名", "復帰日", "勤務形態"], ["H-19230", "真鍋 かおり", "2026/05/01", "短時間6h"]]}},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "AES-encrypted ZIP attachment: contents cannot be inspected",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "shussan-080",
        "charset": "iso-2022-jp",
        "sender": "相馬 健太 <soma.kenta@hinode-sangyo.co.jp>",
        "to": ["川崎電機株式会社 購買部 小田切様 <odagiri.k@kawasaki-denki.co.jp>"],
        "cc": ["青葉運輸株式会社 営業部 能登様 <noto.t@aoba-unyu.co.jp>"],
        "subject": "共同配送プロジェクト 当社窓口の変更について",
        "body": """小田切様、能登様

いつもお世話になっております。日の出産業の相馬です。
共同配送プロジェクトの当社窓口について、柚木が5月18日から産休に入るため、
5月11日以降は私（相馬）が担当いたします。

次回の三社定例（5月20日 10時〜、川崎電機様 本社）には私が出席いたします。
これまでの議事録・課題一覧は柚木から引き継いでおりますので、
引き続きどうぞよろしくお願いいたします。

日の出産業株式会社　営業第二部　相馬　健太
TEL 03-5719-4236
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a three-company project mail to two partner organisations in To/Cc: ordinary",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "shussan-081",
        "charset": "utf-8",
        "sender": "須藤 恭平 <sudo.kyohei@hinode-sangyo.co.jp>",
        "to": ["勤怠クラウド サポートデスク <support@kintai-cloud.jp>"],
        "subject": "【不具合報告】短時間勤務者一覧の所定時間が表示されない",
        "body": """勤怠クラウド サポートデスク御中

日の出産業（契約ID: KC-33081）情報システム部の須藤です。
管理画面の「育児短時間勤務者一覧」で、所定労働時間の列が一部空欄になります。
再現した画面をブラウザから「名前を付けて保存」したHTMLを添付しますので、
原因を調査いただけますでしょうか。

発生環境：Edge 134 / Windows 11、4月1日のバージョンアップ以降

--
日の出産業株式会社 情報システム部
須藤 恭平  内線 2710
""",
        "attachments": [
            {
                "kind": "html",
                "name": "tanjikan_list_screen.html",
                "html": """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>育児短時間勤務者一覧 | 勤怠クラウド</title></head>
<body><h2>育児短時間勤務者一覧（2026年4月）</h2>
<table class="grid">
<thead><tr><th>社員番号</th><th>氏名</th><th>メールアドレス</th><th>所属</th><th>所定労働時間</th><th>適用終了</th></tr></thead>
<tbody>
<tr><td>H-15527</td><td>二階堂 美咲</td><td>nikaido.misaki@hinode-sangyo.co.jp</td><td>経理部</td><td>6:00</td><td>2027/03/31</td></tr>
<tr><td>H-17714</td><td>宍戸 綾香</td><td>shishido.ayaka@hinode-sangyo.co.jp</td><td>営業第一部</td><td></td><td>2026/09/30</td></tr>
<tr><td>H-16090</td><td>乙部 玲奈</td><td>otobe.rena@hinode-sangyo.co.jp</td><td>品質保証部</td><td>5:45</td><td>2027/03/31</td></tr>
<tr><td>H-18302</td><td>椎名 麻衣子</td><td>shiina.maiko@hinode-sangyo.co.jp</td><td>情報システム部</td><td></td><td>2026/12/24</td></tr>
<tr><td>H-14981</td><td>冨永 由佳</td><td>tominaga.yuka@hinode-sangyo.co.jp</td><td>大阪支店 総務課</td><td>6:00</td><td>2027/02/28</td></tr>
<tr><td>H-19230</td><td>真鍋 かおり</td><td>manabe.kaori@hinode-sangyo.co.jp</td><td>品質保証部</td><td></td><td>2027/04/30</td></tr>
<tr><td>H-13348</td><td>芳賀 菜摘</td><td>haga.natsumi@hinode-sangyo.co.jp</td><td>営業第三部</td><td>7:00</td><td>2026/11/30</td></tr>
</tbody></table></body></html>""",
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a saved HTML screen of seven employees (name, e-mail, working hours) attached to a vendor support ticket",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "shussan-082",
        "charset": "iso-2022-jp",
        "sender": "榊原 拓海 <sakakibara.takumi@hinode-sangyo.co.jp>",
        "to": ["佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>"],
        "subject": "子の扶養追加 マイナンバーの提出",
        "body": f"""労務課 佐伯さん

生産管理課の榊原です。先日の扶養追加の件、子のマイナンバーが届きましたので提出します。

　子の氏名　：榊原　蓮（さかきばら　れん）
　生年月日　：令和８年１月２２日
　個人番号　：{zen(spaced(my_number(SEED + 13)))}

通知書の写しは社内便でお送りしました。よろしくお願いします。

榊原
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "an employee gives his baby's My Number to HR: internal only",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "shussan-083",
        "charset": "utf-8",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 <office@hayase-sr.jp>"],
        "subject": "育児休業等終了時報酬月額変更届の作成依頼（二階堂）",
        "body": f"""早瀬社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の佐伯です。
育休から短時間勤務で復帰した社員について、育児休業等終了時報酬月額変更届の
作成をお願いいたします。必要事項をExcelにまとめました。
養育期間の標準報酬月額の特例申出もあわせてお願いします。
{SIG_SAEKI}
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "終了時月変_二階堂.xlsx",
                "sheets": {
                    "届出内容": [
                        ["育児休業等終了時報酬月額変更届 記入用データ"],
                        [],
                        ["項目", "内容"],
                        ["被保険者整理番号", "142"],
                        ["氏名", "二階堂 美咲"],
                        ["生年月日", "H3.9.18"],
                        ["基礎年金番号", "3920-158463"],
                        ["育児休業等終了年月日", "2026/03/31"],
                        ["従前の標準報酬月額", "340千円"],
                        ["報酬月額（4月）", 241800],
                        ["報酬月額（5月）", 243100],
                        ["報酬月額（6月）", 241800],
                        ["子の氏名・生年月日", "二階堂 朝陽　2024/06/03"],
                    ],
                    "メモ": [["3か月とも支払基礎日数17日以上"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX with one employee's 基礎年金番号 and 和暦 date of birth sent to the labour consultant",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "shussan-084",
        "charset": "cp932",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["東日本産業健康保険組合 保健事業課 <hoken@higashi-kenpo.or.jp>"],
        "subject": "Re: 妊婦歯科健診の周知状況アンケート",
        "body": f"""東日本産業健康保険組合
保健事業課 御中

お世話になっております。日の出産業の門脇です。
標記アンケートにつき、弊社の状況をご回答いたします。

　Q1 妊婦歯科健診の案内方法：妊娠届出時に人事部から紙で配布＋社内ポータル掲載
　Q2 2025年度に案内を配布した件数：被保険者 17件、被扶養者（配偶者）24件
　Q3 受診券の利用件数（把握している範囲）：21件
　Q4 ご要望：受診券の電子化（マイナポータル連携）をご検討いただきたい

以上、よろしくお願いいたします。
{SIG_KADOWAKI}

> 各事業所ご担当者様
> 妊婦歯科健診の周知状況について、3月31日までにご回答をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "survey answer with counts only; nobody identifiable",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "shussan-085",
        "charset": "utf-8",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@hayase-sr.jp>"],
        "subject": "転送: 休暇制度についての相談（芳賀）",
        "body": f"""早瀬先生

お世話になっております。佐伯です。
社員から下記の相談がありました。当社には不妊治療のための休暇制度がなく、
既存の制度で対応できるか、新設するならどのような形がよいか、ご意見をいただけますか。

---------- Forwarded message ---------
From: 芳賀 菜摘 <natsumi.haga.1989@gmail.com>
Date: 2026年4月2日(木) 22:48
Subject: 休暇制度についての相談
To: <saeki.miho@hinode-sangyo.co.jp>

佐伯さん

営業第三部の芳賀です。個人のアドレスから失礼します。
昨年から不妊治療（体外受精）を続けており、来月から採卵・移植の周期に入ります。
通院が月に4〜6回、急に決まることが多く、有給が足りなくなりそうです。
上司にはまだ話していません。使える制度があれば教えてください。

芳賀 菜摘
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwards an employee's own mail about her fertility treatment to the labour consultant: a forward is new text",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "shussan-086",
        "charset": "iso-2022-jp",
        "sender": "真柴 隆之 <mashiba.takayuki@hinode-sangyo.co.jp>",
        "to": ["キャリアリング 組織開発コンサルタント 松浦様 <matsuura@career-ring.co.jp>"],
        "subject": "復職者の配置案について（ご意見伺い）",
        "body": """松浦様

日の出産業の真柴です。先日はありがとうございました。
4月復職者の配置案をお送りします。キャリア停滞を防ぐという観点で、
ご意見をいただけますと幸いです。

--
日の出産業株式会社　人事部長　真柴 隆之
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "復職者配置案_2026年4月.pdf",
                "page_header": "人事部外秘",
                "page_footer": "日の出産業株式会社 人事部　無断複製・転送禁止",
                "lines": [
                    "2026年4月 育児休業復職者 配置案",
                    "",
                    "1. 宇佐美 綾乃（営業企画部 主任）→ 営業企画部 据え置き、短時間勤務（6h）、管理職候補研修は継続",
                    "2. 乙部 玲奈（品質保証部）→ 品質保証部 顧客対応から社内データ分析へ担当変更",
                    "3. 椎名 麻衣子（情報システム部）→ 夜間当番免除、ヘルプデスクリーダーに登用",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "PDF stamped 人事部外秘 on every page, with three named employees' placement plans",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "shussan-087",
        "charset": "utf-8",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@hayase-sr.jp>"],
        "subject": "Re: 育児休業給付 支給決定のお知らせ（4月分）",
        "body": f"""早瀬先生

支給決定のご連絡ありがとうございます。各人へは本日中に通知書を渡します。
五十嵐さんの分は、延長申出書の提出がまだでしたので、来週中にお送りします。
{SIG_SAEKI}

On Fri, Apr 24, 2026 at 11:02 AM 早瀬 <hayase@hayase-sr.jp> wrote:
> 日の出産業 佐伯様
>
> 4月分の育児休業給付金について、下記のとおり支給決定がありました。
>
>   宇佐美 綾乃 様   1301-428817-3   支給額 196,380円
>   城之内 奈々 様   1301-402256-9   支給額 181,050円
>   鳥海 祐介 様     1301-377104-1   支給額 223,650円
>   久保園 千夏 様   1301-300581-4   支給額 253,260円
>   滝本 さくら 様   1301-533410-2   支給額 142,380円
>   五十嵐 凛 様     1301-511932-6   （延長手続き待ち）
>
> 支給決定通知書はPDFで共有フォルダに格納しております。
> 早瀬社会保険労務士事務所 早瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose only list is in the consultant's own quoted mail; the new text names one person without data",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "shussan-088",
        "charset": "iso-2022-jp",
        "sender": "広報室 芦田 圭 <ashida.kei@hinode-sangyo.co.jp>",
        "to": ["編集プロダクション ことのは 沢渡様 <sawatari@kotonoha-edit.co.jp>"],
        "cc": ["カメラマン 樋渡 章 <akira.hiwatari.photo@gmail.com>", "ウェブデザイン室ソラ 桑名様 <kuwana@web-sora.jp>"],
        "subject": "採用サイト「育休を取った先輩社員」記事 撮影・入稿スケジュール",
        "body": """沢渡様、樋渡様、桑名様

日の出産業 広報室の芦田です。
採用サイトの特集記事「育休を取った先輩社員」の進め方について共有します。

　取材・撮影：5月13日（水）13:00〜17:00　本社7F（社員2名、仮名・顔出しなし）
　原稿初稿　：5月22日（金）沢渡様 → 芦田
　写真納品　：5月20日（水）樋渡様 → 桑名様（ギガファイル便で可）
　公開　　　：6月10日（水）

撮影にはお子様は同席しません。社内の掲示物が写り込まないようご配慮ください。

日の出産業株式会社　広報室　芦田　圭
TEL 03-5719-4120
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "an editor, a freelance photographer on gmail and a web studio (three external parties) visible in To/Cc",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "shussan-089",
        "charset": "cp932",
        "sender": "芳賀 菜摘 <haga.natsumi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ株式会社 商品部 嵯峨様 <saga.m@kitaguni-food.co.jp>"],
        "subject": "担当者変更のお知らせ（日の出産業 営業第三部）",
        "body": """北国フーズ株式会社
商品部　嵯峨様

平素より大変お世話になっております。日の出産業 営業第三部の芳賀です。
私事で恐縮ですが、7月より産前産後休業・育児休業を取得することとなりました。
6月中旬以降は、後任の桑原（営業第三部）が御社を担当させていただきます。

６月１０日の秋冬新商品の商談には、桑原と二人でお伺いいたします。
短い間でしたが、大変お世話になりました。今後ともよろしくお願い申し上げます。

日の出産業株式会社 営業本部 営業第三部
芳賀 菜摘　TEL 03-5719-4250
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp is the partner kitaguni-foods.co.jp with a letter dropped",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "shussan-090",
        "charset": "utf-8",
        "sender": "久我 祐二 <kuga.yuji@hinode-sangyo.co.jp>",
        "to": ["門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>"],
        "subject": "ベビーシッター割引券 使用実績（3月）の照合",
        "body": """門脇さん

経理の久我です。ベビーシッター割引券（企業主導型ベビーシッター利用者支援事業）の
3月使用分を、シッター会社の請求と照合しました。差異は1件です。

社員番号,氏名,割引券番号,利用日,枚数,照合
H-15527,二階堂 美咲,BS26-004117,2026/03/04,2,OK
H-17714,宍戸 綾香,BS26-004118,2026/03/06,1,OK
H-16090,乙部 玲奈,BS26-004131,2026/03/11,2,OK
H-18302,椎名 麻衣子,BS26-004140,2026/03/12,1,OK
H-14981,冨永 由佳,BS26-004152,2026/03/18,3,請求4枚（要確認）
H-19230,真鍋 かおり,BS26-004160,2026/03/21,2,OK
H-21156,帆足 亮平,BS26-004177,2026/03/25,1,OK
H-13348,芳賀 菜摘,BS26-004183,2026/03/28,2,OK

冨永さんの分だけ、ご本人に確認をお願いできますか。

久我
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "a list of eight employees' voucher use, sent between two internal staff only",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "shussan-091",
        "charset": "iso-2022-jp",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["ウェルフェアメイト 法人サービス部 <corp-support@welfare-mate.co.jp>"],
        "subject": "出産育児一時金 付加金の照合用データ（2024〜2025年度）",
        "body": f"""株式会社ウェルフェアメイト
法人サービス部 ご担当者様

お世話になっております。日の出産業の門脇です。
御社で代行いただいている出産祝金と、健保組合の付加金の重複支給の照合のため、
2か年度分の一時金支給データ（被保険者証の記号・番号つき）をお送りします。
年度ごとにシートを分けています。
{SIG_KADOWAKI}
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "一時金支給データ_2024-2025.xlsx",
                "title": "出産育児一時金 支給データ",
                "sheets": {
                    "2024年度": [
                        ["出産育児一時金・付加金 支給実績（2024年度）"],
                        ["記号", "番号", "被保険者氏名", "出産者", "出産日", "分娩機関", "一時金", "付加金"],
                        ["3107", "142", "二階堂 美咲", "本人", "2024/06/03", "あけぼの総合病院", 500000, 30000],
                        ["3107", "119", "宍戸 綾香", "本人", "2023/10/19", "曙総合病院", 500000, 30000],
                        ["3107", "213", "相馬 健太", "配偶者", "2024/08/11", "みなと産婦人科", 500000, 30000],
                        ["3112", "57", "西園寺 健吾", "配偶者", "2024/12/02", "洛南レディースクリニック", 500000, 30000],
                    ],
                    "2025年度": [
                        ["出産育児一時金・付加金 支給実績（2025年度）"],
                        ["記号", "番号", "被保険者氏名", "出産者", "出産日", "分娩機関", "一時金", "付加金"],
                        ["3107", "176", "城之内 奈々", "本人", "2026/03/03", "せいらんレディースクリニック", 500000, 30000],
                        ["3107", "228", "帆足 亮平", "配偶者", "2026/04/02", "せいらんレディースクリニック", 500000, 30000],
                        ["3107", "198", "真鍋 かおり", "本人（双子）", "2026/03/14", "あけぼの総合病院", 1000000, 60000],
                        ["3107", "305", "牧 慎之介", "配偶者", "2026/03/27", "蒲田中央病院", 500000, 30000],
                        ["3115", "39", "蓮見 由香里", "本人（双子）", "2026/03/22", "松山マタニティ病院", 1000000, 60000],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two-sheet XLSX of nine insured employees with their health insurance 記号・番号 and delivery records",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "shussan-092",
        "charset": "utf-8",
        "sender": "広報室 芦田 圭 <ashida.kei@hinode-sangyo.co.jp>",
        "to": ["PRブリッジ 八代様 <yashiro@pr-bridge.co.jp>"],
        "subject": "統合報告書「人的資本」ページ 原稿素材",
        "body": """八代様

お世話になっております。日の出産業 広報室の芦田です。
統合報告書の「男性育休」コラム用の素材です。掲載にはいずれも本人の同意を得ています。

【2025年度に1か月以上の育休を取得した男性社員（掲載可）】
  鳥海 祐介（営業企画部）　　　 133日
  西園寺 健吾（大阪支店 営業課） 120日
  牧 慎之介（生産技術部）　　　  61日
  千早 俊（大阪支店 総務課）　　  60日
  相馬 健太（営業第二部）　　　  28日＋分割28日

コラム本文には鳥海さんのコメントを使います（別途Wordでお送りします）。

日の出産業株式会社　広報室　芦田　圭
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five named employees with department and leave length, for publication with their consent: a list, but meant to be published",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "shussan-093",
        "charset": "cp932",
        "sender": "宇佐美 綾乃 <usami.ayano@hinode-sangyo.co.jp>",
        "to": ["ひかりの森保育園 事務室 <info@hikarinomori-hoiku.jp>"],
        "subject": "延長保育料のカード払い登録について（うさみ みなと）",
        "body": f"""ひかりの森保育園
事務室ご担当者様

ひよこ組 うさみ みなと の母です。会社のアドレスから失礼します。
延長保育料の支払いをクレジットカードに切り替えたく、申込書の内容をお送りします。

　園児氏名　：宇佐美　湊
　保護者氏名：宇佐美　綾乃
　カード番号：{card_number(SEED + 14)}
　有効期限　：11/29
　名義　　　：AYANO USAMI

手書きの申込書は明日の登園時に提出します。
よろしくお願いいたします。

宇佐美
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "an employee's personal credit card number sent to her child's nursery",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "shussan-094",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["霞丘市 こども未来部 保育課 <hoiku@city.kasumigaoka.lg.jp>"],
        "subject": "就労証明書の電子提出について（お問い合わせ）",
        "body": f"""霞丘市 こども未来部 保育課 御中

日の出産業株式会社 人事部の佐伯と申します。
貴市の保育所入所申請に係る就労証明書の電子提出について、2点お伺いします。

１．令和9年4月入所の一次申請分は、事業所から直接メールで提出してよいでしょうか。
　　（その場合、受付番号を件名に記載する形でよろしいですか）
２．育児休業中の社員の「復職予定日」は、入所月の1日と異なっても差し支えないでしょうか。

複数の社員が貴市に居住しておりますので、社内の案内を整えたく存じます。
お手数ですがご教示ください。
{SIG_SAEKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedural question to a city office; no one's data",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "shussan-095",
        "charset": "iso-2022-jp",
        "sender": "真柴 隆之 <mashiba.takayuki@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "ご相談事案の経緯（マタニティハラスメントの申立て）",
        "body": """白川先生

日の出産業の真柴です。来週のご相談に先立ち、事案の経緯をお送りします。

申立人：物流管理課　桐谷　真央（33歳）
相手方：同課　課長代理（氏名は当日お伝えします）

　2025年 9月　桐谷さんが妊娠を報告。同月、稽留流産の診断を受け、手術のため1週間休業。
　2025年10月　復帰後、相手方から「また休まれると困る」「次は計画的に」等の発言（本人メモ）。
　2026年 1月　再度妊娠。妊娠高血圧症候群で母健連絡カードによる時短措置（3月〜）。
　2026年 3月　相手方が時短を理由に評価を「C」とする案を提出。
　2026年 4月　本人が社内ハラスメント窓口に申立て。

当社としての事実調査の進め方と、評価の取扱いについてご助言をお願いします。

--
日の出産業株式会社　人事部長　真柴　隆之
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's miscarriage and pregnancy complication in a harassment case sent to outside counsel",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "shussan-096",
        "charset": "utf-8",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["霞丘市 こども未来部 子育て支援課 <kosodate@city.kasumigaoka.lg.jp>"],
        "cc": ["ほいくリンク 開発部 汐見様 <shiomi@hoiku-link.co.jp>"],
        "subject": "企業主導型保育所 地域枠の設定に関するご相談",
        "body": f"""霞丘市 子育て支援課 ご担当者様
（Cc：運営委託先 ほいくリンク 汐見様）

いつもお世話になっております。日の出産業の木ノ下です。
来年度、霞丘市内に開設予定の企業主導型保育所（定員19名）について、
地域枠（定員の50%以内）を設ける方向で検討しております。

つきましては、下記についてご相談の場をいただけますでしょうか。
　・地域枠の利用者募集の方法（市の広報・ウェブへの掲載可否）
　・市の保育利用調整との関係（地域枠利用者の待機児童数の扱い）
　・連携施設の確保についてのご助言

運営委託先のほいくリンク様にも同席いただく予定です。
{SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (a city office and an operator) in To/Cc: ordinary",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "shussan-097",
        "charset": "cp932",
        "sender": "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>",
        "to": ["みなと産業医オフィス 鶴見先生 <tsurumi@minato-sangyoi.jp>"],
        "subject": "次回訪問時の面談対象者（4月9日）",
        "body": f"""鶴見先生

いつもお世話になっております。労務課の佐伯です。
4月9日のご訪問時、以下の方との面談をお願いできますでしょうか。

　・製造部 生産第二課　浅葱 ひかり さん
　　妊娠が分かったとの申出があり、本人の希望で夜勤（交替制）から外れる予定です。
　　日勤への変更に伴う就業上の留意点について、ご助言をお願いします。

面談は14時から15分程度を想定しています。
{SIG_SAEKI}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's pregnancy (no diagnosis) told to the contracted occupational physician: whether this is health information is debatable",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "shussan-098",
        "charset": "cp932",
        "sender": "木ノ下 あずさ <kinoshita.azusa@hinode-sangyo.co.jp>",
        "to": ["イクボス調査事務局 <jimukyoku@ikukyu-chosa.jp>"],
        "subject": "男性育休 追跡調査 対象者リストの提出",
        "body": f"""イクボス調査事務局 御中

日の出産業株式会社 人事部の木ノ下です。
「男性の育児休業取得者 追跡調査」の対象者リストをCSVでお送りします。
Webアンケートの案内は、各人の社用アドレスあてに直接お送りください。
{SIG_KINOSHITA}
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "taishosha_list_hinode.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名", "メールアドレス", "年代", "子の生年月日", "休業開始", "休業終了"],
                    ["鳥海 祐介", "toriumi.yusuke@hinode-sangyo.co.jp", "30代", "2026/02/26", "2026/03/02", "2026/07/12"],
                    ["帆足 亮平", "hoashi.ryohei@hinode-sangyo.co.jp", "30代", "2026/04/02", "2026/04/06", "2026/05/26"],
                    ["牧 慎之介", "maki.shinnosuke@hinode-sangyo.co.jp", "30代", "2026/03/27", "2026/03/30", "2026/05/29"],
                    ["西園寺 健吾", "saionji.kengo@hinode-sangyo.co.jp", "30代", "2026/01/06", "2026/01/13", "2026/05/12"],
                    ["榊原 拓海", "sakakibara.takumi@hinode-sangyo.co.jp", "30代", "2026/01/22", "2026/01/23", "2026/02/19"],
                    ["三輪 潤", "miwa.jun@hinode-sangyo.co.jp", "20代", "2026/04/09", "2026/04/10", "2026/05/07"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of six fathers with e-mail addresses and their children's dates of birth to an outside survey office",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "shussan-099",
        "charset": "iso-2022-jp",
        "sender": "柚木 さやか <yuzuki.sayaka@hinode-sangyo.co.jp>",
        "to": ["川崎電機株式会社 購買部 小田切様 <odagiri.k@kawasaki-denki.co.jp>"],
        "subject": "復職のご挨拶（日の出産業 柚木）",
        "body": f"""川崎電機株式会社
購買部　小田切様

ご無沙汰しております。日の出産業の柚木でございます。
産休・育休をいただいておりましたが、4月1日より職場に復帰いたしました。
当面は短時間勤務（9時〜16時）のため、16時以降のご連絡は相馬が承ります。

休業中は相馬がご迷惑をおかけしなかったでしょうか。
改めて相馬とご挨拶に伺いたく、4月中旬でご都合のよい日をお知らせいただけますと幸いです。
引き続きよろしくお願い申し上げます。
{SIG_YUZUKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "return-to-work greeting to a partner customer",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "shussan-100",
        "charset": "utf-8",
        "sender": "門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>",
        "to": ["星野行政書士事務所 星野様 <hoshino@gyosei-hoshino.jp>"],
        "subject": "在留資格取得許可申請（社員の子）のご依頼",
        "body": f"""星野行政書士事務所
星野先生

お世話になっております。日の出産業 人事部の門脇です。
外国籍社員の子が日本で出生しましたので、在留資格取得許可申請（出生後30日以内）の
申請取次をお願いいたします。必要事項は以下のとおりです。

＜申請人（子）＞
　氏名：NGUYEN MINH AN　性別：男　生年月日：2026年1月30日
　旅券番号：C8830417（2026年2月18日発給）
　住所：東京都品川区戸越5-12-7 メゾン戸越203
＜扶養者（父・当社社員）＞
　氏名：NGUYEN VAN THANH　生年月日：1991年3月4日
　在留カード番号：UH51730842VN　在留資格：技術・人文知識・国際業務（2028年6月まで）
＜母＞
　氏名：NGUYEN THI HOA　在留カード番号：UH48273619VN（家族滞在）

出生届受理証明書と在職証明書は本日郵送しました。期限が3月1日ですので、
お早めにご対応いただけますと助かります。
{SIG_KADOWAKI}
""",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "passport and residence card numbers of a foreign employee's family, with dates of birth and address, to an immigration lawyer",
    },
]
