"""Blind corpus, area fuyoukakunin: mail of Hinode Sangyo's 人事部 給与厚生グループ about
employees' dependants for health insurance and tax — the insurance society's (東日本機械工業
健康保険組合) annual 被扶養者資格確認調査 and its outsourced 検認事務局, income and tax
certificates (課税・所得証明書), student status of children (在学証明書), parents living apart
(仕送り), 扶養控除等申告書 and 個人番号, family allowance, plus the ordinary mail of the same desk
(schedules, forms, inquiries to the 社労士, the payroll-system vendor, the bank, the 保養所)."""

from build import card_number, my_number

SEED = 65401

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    """Full-width digits, the way some staff type them."""
    return s.translate(_FW)


def _sp(n: str, sep: str = " ") -> str:
    """A 12-digit number written 4-4-4."""
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


SIG_YAGI = """
――――――――――――――――――――――――
日の出産業株式会社 人事部 給与厚生グループ
八木沢 美穂（Yagisawa Miho）
〒105-0013 東京都港区浜松町二丁目4番1号 日の出ビル8F
TEL 03-5403-7711（代表）内線 2184
Mail yagisawa.miho@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_SHOJI = """
--
東海林 剛 / Tsuyoshi Shoji
日の出産業株式会社 人事部 給与厚生G（社会保険担当）
TEL: 03-5403-7711 / FAX: 03-5403-7790
shoji.tsuyoshi@hinode-sangyo.co.jp"""

SIG_AIMONO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 大阪支社 総務課
四十物 千景（あいもの ちかげ）
〒530-0047 大阪府大阪市北区西天満4-11-22 梅新ビル5階
TEL 06-6365-2031　FAX 06-6365-2039
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_IOKIBE = """
------------------------------------------------
五百旗頭 誠　Makoto Iokibe
人事部 課長（給与厚生・労務）
日の出産業株式会社 / Hinode Sangyo Co., Ltd.
Tel +81-3-5403-7711  iokibe.makoto@hinode-sangyo.co.jp
------------------------------------------------"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

KENPO = "東日本機械工業健康保険組合 適用グループ <tekiyo@higashi-kikai-kenpo.or.jp>"
MITARAI = "御手洗 聡子 <mitarai-s@higashi-kikai-kenpo.or.jp>"
KENIN = "検認事務局 <kenin@hd-advance.co.jp>"
NABESHIMA = "鍋島 様 <nabeshima@hd-advance.co.jp>"
KASAI = "葛西 先生 <kasai@minato-roumu.jp>"
YAGI = "八木沢 美穂 <yagisawa.miho@hinode-sangyo.co.jp>"
SHOJI = "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>"
AIMONO = "四十物 千景 <aimono.chikage@hinode-sangyo.co.jp>"
IOKIBE = "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>"
RELO = "Hannah Whitfield <hwhitfield@globalrelo-partners.com>"

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "fuyoukakunin-001",
        "sender": YAGI,
        "to": [KENPO],
        "subject": "【日の出産業】令和８年度 被扶養者資格確認調査 回答一覧の送付",
        "charset": "iso-2022-jp",
        "body": """東日本機械工業健康保険組合
適用グループ 御中

いつも大変お世話になっております。
日の出産業 人事部の八木沢でございます。

令和８年度 被扶養者資格確認調査につきまして、本社分の回答一覧を取りまとめましたので
添付にてお送りいたします。
調書原本および添付書類（課税証明書・在学証明書・仕送りの振込控え等）は、
本日レターパックプラスにて発送いたしました。

　・回答一覧（本社分）　８件
　・未提出者　　　　　　２件（今月末までに回収予定）

判定欄が「要確認」となっている１件は、配偶者の直近の給与明細を追って送付いたします。
ご確認のほど、よろしくお願い申し上げます。
""" + SIG_YAGI,
        "attachments": [{
            "kind": "xlsx",
            "name": "R8_被扶養者調査_回答一覧_本社.xlsx",
            "sheets": {
                "回答一覧": [
                    ["令和８年度 被扶養者資格確認調査 回答一覧（日の出産業株式会社 本社）"],
                    [],
                    ["No", "記号", "番号", "被保険者氏名", "被扶養者氏名", "続柄", "生年月日",
                     "同居/別居", "年間収入見込(円)", "判定"],
                    [1, "3102", "18", "鬼頭 隼人", "鬼頭 蒼", "長男", "2006/05/14", "別居", 0, "継続"],
                    [2, "3102", "27", "薬師寺 奈緒", "薬師寺 航", "夫", "1979/11/02", "同居", 1180000, "継続"],
                    [3, "3102", "41", "百目鬼 亮", "百目鬼 トシ子", "母", "1951/03/29", "別居", 1560000, "継続"],
                    [4, "3102", "56", "小鳥遊 ひなた", "小鳥遊 悠真", "長男", "2008/08/08", "同居", 0, "継続"],
                    [5, "3102", "63", "帷子 雅彦", "帷子 里美", "妻", "1984/01/17", "同居", 1420000, "要確認"],
                    [6, "3102", "70", "栗花落 誠一", "栗花落 咲", "長女", "2004/12/01", "別居", 980000, "継続"],
                    [7, "3102", "88", "左右田 健", "左右田 房江", "母", "1948/07/21", "同居", 1750000, "継続"],
                    [8, "3102", "102", "木全 由香", "木全 拓海", "二男", "2007/02/25", "同居", 0, "継続"],
                ],
                "未提出者": [
                    ["記号", "番号", "被保険者氏名", "所属", "督促日"],
                    ["3102", "115", "廿日出 修", "営業二部", "2026/09/18"],
                    ["3102", "131", "乙部 千尋", "大阪支社", "2026/09/18"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list of 8 dependants with insurance card 記号・番号 and birth dates sent to the external insurance society",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "fuyoukakunin-002",
        "sender": IOKIBE,
        "to": ["人事部 給与厚生G <jinji-kousei@hinode-sangyo.co.jp>"],
        "cc": [YAGI],
        "subject": "被扶養者調査の社内スケジュール（案）",
        "charset": "shift_jis",
        "body": """給与厚生Gの皆さん

お疲れさまです。五百旗頭です。
健保から今年度の被扶養者資格確認調査の通知が届きましたので、社内スケジュール案を共有します。

　９／１（火）　　対象者リスト受領（健保→人事）
　９／４（金）　　社員向け案内メール・調書配付（八木沢さん）
　９／２５（金）　社内提出締切
　１０／２（金）　未提出者へ督促（各支社総務経由）
　１０／１６（金）健保へ一括提出

昨年は大阪支社の回収が遅れたので、今年は四十物さんに早めに声をかけておきます。
修正があれば水曜の定例までにコメントください。

五百旗頭
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal-only schedule mail, no personal data",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "fuyoukakunin-003",
        "sender": SHOJI,
        "to": ["鬼頭 隼人 <kito.hayato@hinode-sangyou.co.jp>"],
        "subject": "Re: 長男の在学証明書について",
        "charset": "utf-8",
        "body": """鬼頭さん

お疲れさまです。給与厚生Gの東海林です。

ご長男 蒼さん（平成18年5月14日生）の在学証明書、本日社内便で受け取りました。
ありがとうございます。

1点だけ、調書のアルバイト収入見込の欄が空欄になっていました。
令和7年10月以降、19歳以上23歳未満のお子さんは年収150万円未満が認定基準になっていますので、
ゼロでも「0円」とご記入いただく必要があります。
お手数ですが、追記したものを今週中にお戻しください。
""" + SIG_SHOJI + """

> 東海林さん
> 長男の在学証明書を社内便で送りました。寮に入っているので別居にチェックしています。
> よろしくお願いします。
> 鬼頭
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "colleague's address typed as hinode-sangyou.co.jp, a letter-added look-alike of the own domain",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "fuyoukakunin-004",
        "sender": AIMONO,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【問い合わせ】扶養親族の個人番号が登録エラーになる件",
        "charset": "iso-2022-jp",
        "body": f"""ツバサシステム株式会社
サポートデスク ご担当者様

いつもお世話になっております。
日の出産業 大阪支社 総務課の四十物です。

「ツバサ給与クラウド」の扶養親族登録画面で、個人番号を入力すると
「チェックデジットが正しくありません」と表示され、保存できない事象が発生しています。
番号は本人から提出された通知カードの写しと照合済みで、誤りはないと考えております。

　社員コード：４０２１７（乙部 千尋）
　扶養親族　：乙部 大樹（配偶者）昭和６２年９月３日生
　個人番号　：{_sp(my_number(SEED + 1))}

同じ画面で他の社員の扶養親族は問題なく登録できています。
原因と回避方法をご教示いただけますでしょうか。
年末調整の準備に入っておりますので、お早めにご回答いただけますと幸いです。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a spouse's My Number pasted into a support ticket to the payroll-system vendor",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "fuyoukakunin-005",
        "sender": SHOJI,
        "to": [KENPO],
        "subject": "60歳以上の親を扶養に入れる場合の収入基準について（照会）",
        "charset": "shift_jis",
        "body": """東日本機械工業健康保険組合
適用グループ ご担当者様

いつもお世話になっております。日の出産業の東海林です。
社員から問い合わせが増えておりますので、認定基準について確認させてください。

１．60歳以上の親の場合、年間収入180万円未満が基準と理解しておりますが、
　　遺族年金（非課税）も収入に含めて判定するという理解でよろしいでしょうか。
２．別居の場合は「仕送り額が本人の収入を上回ること」が要件とされていますが、
　　仕送りは振込に限られ、手渡しは認められないという運用で変わりはありませんか。
３．年金の源泉徴収票が手元にない場合、年金額改定通知書で代用できますか。

社内のＱ＆Ａを更新したいと考えておりますので、
お手すきの際にご回答いただけますと幸いです。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general question about recognition criteria, no person's data",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "fuyoukakunin-006",
        "sender": SHOJI,
        "to": [KASAI],
        "subject": "ご相談：別居の母の被扶養者認定（障害年金受給）",
        "charset": "utf-8",
        "body": """社会保険労務士法人 みなと労務管理事務所
葛西先生

いつもお世話になっております。日の出産業の東海林です。
健保の調査で判断に迷っている件があり、ご意見を伺えればと思います。

対象：営業一部 百目鬼 亮さんの母　百目鬼 トシ子さん（昭和26年3月29日生、宇都宮市で一人暮らし）
状況：
 - 身体障害者手帳1級（腎臓機能障害）、週3回人工透析に通院中
 - 収入は障害基礎年金と遺族厚生年金で合計 約156万円
 - 本人からの仕送りは月8万円（振込控えあり）

障害年金受給者は180万円未満基準と理解していますが、仕送り額（年96万円）が
年金収入を下回るため、別居要件を満たさないのではないかと健保から指摘を受けています。
通院の交通費を本人が負担している点を考慮してもらえる余地はあるでしょうか。

お忙しいところ恐縮ですが、ご教示よろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named parent's disability and dialysis treatment sent to an external labour consultant",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "fuyoukakunin-007",
        "sender": YAGI,
        "to": ["汐見 玲奈 <reina.shiomi.0412@gmail.com>",
               "漆畑 大地 <d-urushibata@yahoo.co.jp>",
               "糸数 まどか <madoka_itokazu@icloud.com>"],
        "subject": "【ご提出のお願い】被扶養者状況調書（休業中の皆さまへ）",
        "charset": "iso-2022-jp",
        "body": """休業中の皆さま

いつもお疲れさまです。人事部 給与厚生グループの八木沢です。
社用メールをご覧になれない方に、ご登録の個人アドレス宛にご連絡しております。

健康保険組合の「令和８年度 被扶養者資格確認調査」の時期となりました。
ご自宅に調書と返信用封筒をお送りしておりますので、
必要書類を同封のうえ、９月２５日（金）までにご返送ください。

必要書類の例
　・配偶者：令和８年度（令和７年分）課税証明書、または直近３か月の給与明細
　・16歳以上のお子さま：在学証明書または学生証の写し
　・別居のご家族：仕送りの振込控え（直近３か月分）

ご不明点はこのメールへの返信、または人事部（03-5403-7711 内線2184）までどうぞ。
""" + SIG_YAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient",
                      "multiple_external_domains"],
        "note": "three private persons' addresses visible to each other in To (should have been Bcc)",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "fuyoukakunin-008",
        "sender": YAGI,
        "to": [MITARAI],
        "subject": "Re: 【東日本機械健保】被扶養者調査 未提出者のお知らせ",
        "charset": "iso-2022-jp",
        "body": """御手洗様

いつもお世話になっております。日の出産業の八木沢です。
ご連絡ありがとうございます。

５名とも本人に督促のうえ、１０月２０日までに提出いただくよう手配いたします。
うち１名は海外出張中のため、帰国後の提出となる見込みです。
取り急ぎご返信まで。
""" + SIG_YAGI + """

> 日の出産業株式会社 人事部 八木沢様
>
> お世話になっております。東日本機械工業健保 適用グループの御手洗です。
> 標記調査につき、下記の方の調書が未着となっております。
>
> 記号  番号  被保険者氏名   被扶養者氏名   続柄  生年月日
> 3102  115   廿日出 修      廿日出 涼子    妻    1981/06/30
> 3102  131   乙部 千尋      乙部 大樹      夫    1987/09/03
> 3102  144   蓬莱 克也      蓬莱 莉子      長女  2005/10/12
> 3102  152   鵜飼 智史      鵜飼 ハル      母    1950/02/08
> 3102  167   比嘉 康平      比嘉 結衣      妻    1992/04/19
>
> お手数ですがご督促をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is quoted from the insurance society's own mail; new text has no personal data",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "fuyoukakunin-009",
        "sender": YAGI,
        "to": [KENPO],
        "subject": "被扶養者調書（大阪支社分）送付",
        "charset": "utf-8",
        "body": """東日本機械工業健康保険組合
適用グループ 御中

お世話になっております。日の出産業 八木沢です。
大阪支社分の被扶養者調書（一覧表）を送付いたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたします。

よろしくお願いいたします。
""" + SIG_YAGI,
        "attachments": [{
            "kind": "zip",
            "name": "R8_fuyou_osaka.zip",
            "password": "Hnd#2026osk",
            "files": [{
                "kind": "xlsx",
                "name": "R8_被扶養者調書_大阪.xlsx",
                "sheets": {"大阪支社": [
                    ["記号", "番号", "被保険者", "被扶養者", "続柄", "生年月日"],
                    ["3102", "131", "乙部 千尋", "乙部 大樹", "夫", "1987/09/03"],
                    ["3102", "178", "仲宗根 亜希", "仲宗根 陸", "長男", "2009/01/22"],
                    ["3102", "183", "砂金 美和", "砂金 紬", "長女", "2012/07/07"],
                    ["3102", "190", "飯干 亮介", "飯干 キヨ", "母", "1947/11/30"],
                    ["3102", "204", "王生 和樹", "王生 沙織", "妻", "1990/03/15"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) cannot be inspected",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "fuyoukakunin-010",
        "sender": SHOJI,
        "to": ["鮫島 彩花 <ayaka.samejima@gmail.com>"],
        "subject": "お子さまの健康保険加入手続きについて",
        "charset": "utf-8",
        "body": """鮫島さん

ご出産おめでとうございます。人事部 給与厚生Gの東海林です。
産休中とのことで、ご登録の個人アドレスにご連絡しています。

出生届受理証明書のコピー、確かに受け取りました。
下記の内容で健保に被扶養者（異動）届を提出します。

　お子さまのお名前：鮫島 湊（さめじま みなと）
　生年月日　　　　：令和8年7月19日
　続柄　　　　　　：長男

保険証に代わる「資格確認書」は健保からご自宅に直接郵送されます（2〜3週間程度）。
それまでに受診される場合は、窓口でその旨をお伝えください。

ご不明点があればお気軽にどうぞ。どうぞお大事になさってください。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one free-mail recipient (the employee), one newborn's name and birth date",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "fuyoukakunin-011",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "未回答者一覧（督促架電のお願い）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>株式会社ヘルスデータ・アドバンス<br>検認事務局 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 人事部の八木沢です。</p>
<p>先日ご相談した督促架電の件、対象者を下表にまとめました。<br>
平日18時以降であれば繋がりやすいとのことです。よろしくお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>社員番号</th><th>氏名</th><th>所属</th><th>携帯電話</th><th>連絡用メール</th></tr>
<tr><td>20418</td><td>廿日出 修</td><td>営業二部</td><td>090-3381-6024</td><td>o.hatsukade@gmail.com</td></tr>
<tr><td>21507</td><td>蓬莱 克也</td><td>物流センター</td><td>080-5527-0139</td><td>horai.k77@yahoo.co.jp</td></tr>
<tr><td>22093</td><td>鵜飼 智史</td><td>技術部</td><td>070-1846-3390</td><td>s-ukai@ezweb.ne.jp</td></tr>
<tr><td>23310</td><td>比嘉 康平</td><td>那覇営業所</td><td>090-7712-4458</td><td>kohei.higa@icloud.com</td></tr>
<tr><td>24022</td><td>帷子 雅彦</td><td>経理部</td><td>080-2290-8815</td><td>m.katabira@outlook.jp</td></tr>
<tr><td>24571</td><td>麹谷 健太</td><td>品質保証部</td><td>090-6035-2177</td><td>kojitani.kenta@gmail.com</td></tr>
</table>
<p>八木沢 美穂<br>日の出産業株式会社 人事部 給与厚生グループ<br>TEL 03-5403-7711（内線2184）</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML table of six employees with private mobile numbers and e-mail sent to the outsourced verification office",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "fuyoukakunin-012",
        "sender": IOKIBE,
        "to": [KASAI],
        "subject": "家族手当規程 改定案のご確認依頼",
        "charset": "iso-2022-jp",
        "body": """葛西先生

いつも大変お世話になっております。日の出産業の五百旗頭です。

来年４月施行予定の家族手当規程の改定案がまとまりましたので、
法令面のご確認をお願いできますでしょうか。
配偶者手当の段階的廃止と、子の手当の増額（月額１万円→１万５千円）が主な変更点です。

１１月の経営会議に付議する予定のため、１０月末頃までにコメントを頂戴できれば幸いです。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "docx",
            "name": "家族手当規程_改定案_v3.docx",
            "page_header": "社外秘",
            "title": "家族手当規程（改定案）",
            "paragraphs": [
                "社外秘　取扱い：人事部・経営会議メンバー限り",
                "家族手当規程（改定案）",
                "第１条（目的）この規程は、就業規則第42条に基づき、家族手当の支給に関し必要な事項を定める。",
                "第２条（支給対象）家族手当は、社員が税法上又は健康保険法上扶養する次の者について支給する。",
                "　(1) 18歳に達する日以後の最初の３月31日までの間にある子",
                "　(2) 60歳以上の父母（同一生計であるものに限る）",
                "第３条（支給額）子１人につき月額15,000円、父母１人につき月額5,000円とする。",
                "附則　配偶者手当は令和９年度から３年間で段階的に廃止する。",
            ],
            "tables": [[
                ["区分", "現行", "改定案", "差額"],
                ["配偶者", "10,000", "5,000（R9）→0（R11）", "▲10,000"],
                ["子", "10,000", "15,000", "+5,000"],
                ["父母", "5,000", "5,000", "0"],
            ]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached draft regulation is stamped 社外秘 in its header, sent to an external consultant",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "fuyoukakunin-013",
        "sender": SHOJI,
        "to": [YAGI],
        "cc": ["人事部 給与厚生G <jinji-kousei@hinode-sangyo.co.jp>"],
        "subject": "年末調整：扶養親族マイナンバー未登録者分",
        "charset": "utf-8",
        "body": f"""八木沢さん

お疲れさまです。東海林です。
給与システムに扶養親族の個人番号が未登録だった5名分、本人から回収できました。
登録をお願いします（Excelから貼っているのでタブ区切りです）。

社員番号\t社員氏名\t扶養親族氏名\t続柄\t生年月日\t個人番号
20418\t廿日出 修\t廿日出 涼子\t妻\t1981/06/30\t{my_number(SEED + 2)}
21507\t蓬莱 克也\t蓬莱 莉子\t長女\t2005/10/12\t{my_number(SEED + 3)}
22093\t鵜飼 智史\t鵜飼 ハル\t母\t1950/02/08\t{my_number(SEED + 4)}
23310\t比嘉 康平\t比嘉 結衣\t妻\t1992/04/19\t{my_number(SEED + 5)}
24571\t麹谷 健太\t麹谷 朋美\t妻\t1988/12/24\t{my_number(SEED + 6)}

登録後、このメールは削除してください。
東海林
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of five dependants, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "fuyoukakunin-014",
        "sender": SHOJI,
        "to": ["御子柴 拓也 <takuya.mikoshiba@outlook.jp>"],
        "subject": "奥さまの第3号被保険者届の記載内容確認",
        "charset": "iso-2022-jp",
        "body": """御子柴さん

休職中のところ失礼いたします。人事部の東海林です。
奥さまを被扶養者に加える手続きにあわせて、国民年金第３号被保険者の届出を行います。
届出書に記載する内容を下記のとおり転記しましたので、誤りがないかご確認ください。

　配偶者氏名　　：御子柴 かおり（ミコシバ カオリ）
　生年月日　　　：平成２年６月１１日
　基礎年金番号　：４５２１－３０８８１９
　資格取得日　　：令和８年９月１日（退職日の翌日）

問題なければ「確認しました」とだけご返信ください。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a spouse's 基礎年金番号 sent to a free-mail address",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "fuyoukakunin-015",
        "sender": IOKIBE,
        "to": [RELO],
        "subject": "Documents for dependants of assignees - health insurance society requirements",
        "charset": "utf-8",
        "body": """Dear Hannah,

Thank you for your time on the call yesterday.

As promised, here is the list of documents our health insurance society asks for when an
assignee's family members stay abroad and remain enrolled as dependants (kokugai fuyou):

  1. Proof of relationship (birth or marriage certificate, with a Japanese translation)
  2. Proof of financial support: bank transfer records for the last 3 months
     (cash handed over in person is not accepted)
  3. For students: a certificate of enrolment from the school abroad
  4. For a spouse accompanying the assignee: a copy of the visa page

Could your team include this checklist in the pre-departure pack for the October group?
Please do not collect the documents yourselves; employees send them to HR directly.

Kind regards,
Makoto
""" + SIG_IOKIBE + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English process mail to a relocation agency, no personal data, standard disclaimer",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "fuyoukakunin-016",
        "sender": SHOJI,
        "to": [KASAI],
        "subject": "収入超過により扶養削除となる方の一覧（ご確認）",
        "charset": "shift_jis",
        "body": """葛西先生

お世話になっております。日の出産業の東海林です。
今回の調査で、直近３か月の平均月収から年収換算すると基準を超える方が６名おりました。
削除日の考え方（収入が増えた月の翌月１日か、判明日か）についてご意見をいただけますか。

被保険者\t被扶養者\t続柄\t生年月日\t直近3か月平均月収\t年収換算\t削除予定日
乙部 千尋\t乙部 大樹\t夫\tS62.9.3\t118,400\t1,420,800\tR8.10.1
王生 和樹\t王生 沙織\t妻\tH2.3.15\t121,000\t1,452,000\tR8.10.1
仲宗根 亜希\t仲宗根 陸\t長男\tH21.1.22\t132,500\t1,590,000\tR8.9.1
帷子 雅彦\t帷子 里美\t妻\tS59.1.17\t109,800\t1,317,600\tR8.10.1
汐見 玲奈\t汐見 隆之\t夫\tS57.10.28\t140,200\t1,682,400\tR8.8.1
鵜飼 智史\t鵜飼 ハル\t母\tS25.2.8\t162,000\t1,944,000\tR8.7.1

（鵜飼さんのお母さまは60歳以上のため180万円基準で判定しています）
よろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of six dependants with birth dates and income sent to the labour consultant",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "fuyoukakunin-017",
        "sender": YAGI,
        "to": [KENPO],
        "cc": ["東海林 剛 <shoji.tsuyoshi@hinode-sangyo.jp>"],
        "subject": "被扶養者調査 社内説明会の日程のご相談",
        "charset": "iso-2022-jp",
        "body": """東日本機械工業健康保険組合
適用グループ 御中

いつもお世話になっております。日の出産業の八木沢です。

例年お願いしております社内説明会（３０分程度、オンライン）について、
今年は下記のいずれかでご都合いかがでしょうか。

　・９月８日（火）１５:００～
　・９月１０日（木）１０:３０～
　・９月１１日（金）１４:００～

当日は社会保険担当の東海林（ＣＣ）が進行を担当いたします。
ご検討のほどよろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain", "multiple_external_domains"],
        "note": "the colleague in Cc is at hinode-sangyo.jp, a look-alike of the own domain with co. dropped",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "fuyoukakunin-018",
        "sender": YAGI,
        "to": [MITARAI],
        "cc": [KENIN],
        "subject": "扶養確認 社内説明会（オンライン）の講師ご依頼",
        "charset": "utf-8",
        "body": """東日本機械工業健康保険組合 御手洗様
（cc：ヘルスデータ・アドバンス 検認事務局様）

お世話になっております。日の出産業の八木沢です。
9月10日（木）10:30からの社内説明会、講師をお引き受けいただきありがとうございます。

今年は検認事務局様から提出方法（Web回答）のご説明もいただけると伺いましたので、
ccにて検認事務局様にもお送りしております。

　日時：9月10日（木）10:30～11:00
　形式：Microsoft Teams（URLは前日までにお送りします）
　対象：各部署の庶務担当 約40名
　資料：事前にいただけましたら当方で配布いたします

どうぞよろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc for a meeting, no personal data",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "fuyoukakunin-019",
        "sender": SHOJI,
        "to": [MITARAI],
        "subject": "FW: 父の扶養について（相談）",
        "charset": "utf-8",
        "body": """御手洗様

お世話になっております。日の出産業の東海林です。
当社社員から下記の相談を受けております。
施設入所に伴い住民票を移した場合、別居扱いでの扶養継続が可能か、
また必要な書類をご教示いただけますでしょうか。

---------- Forwarded message ----------
From: 猪狩 大地 <ikari.daichi@hinode-sangyo.co.jp>
Date: 2026年9月14日(月) 9:12
Subject: 父の扶養について（相談）
To: 東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>

東海林さん

技術部の猪狩です。父（猪狩 吾郎、昭和23年1月5日生）のことで相談させてください。
父は先月脳梗塞で倒れ、現在リハビリ病院に入院中です。右半身に麻痺が残る見込みで、
退院後は特別養護老人ホームに入所することになりそうです。
住民票も施設に移す予定ですが、その場合も扶養を続けられるのでしょうか。
施設の費用は私が負担する予定です。

猪狩
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwarded employee mail with a named parent's stroke and hospitalisation sent outside",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "fuyoukakunin-020",
        "sender": YAGI,
        "to": ["上里市役所 市民税課 <shiminzei@city.kamisato.lg.jp>"],
        "subject": "課税（所得）証明書の郵送請求についてのお問い合わせ",
        "charset": "iso-2022-jp",
        "body": """上里市役所
市民税課 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の八木沢と申します。

当社では毎年、健康保険の被扶養者確認のため、社員のご家族の課税証明書の提出を
お願いしております。貴市に住民登録のあるご家族について、次の点をお教えください。

１．郵送請求の際の手数料（定額小為替）は１通３００円でよろしいでしょうか。
２．社員本人（別世帯の子）が親の証明書を請求する場合、委任状は必須でしょうか。
３．コンビニ交付で取得した証明書も、窓口交付と同じ扱いでしょうか。

社員向けの案内文に反映したく、お手数ですがご回答いただけますと幸いです。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedural inquiry to a city office, no personal data",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "fuyoukakunin-021",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "16歳以上のお子さまの在学状況（CSV）",
        "charset": "shift_jis",
        "body": """検認事務局 御中

お世話になっております。日の出産業 人事部 八木沢です。
16歳以上の被扶養者（子）の在学状況を取りまとめましたので、CSVでお送りします。
在学証明書の原本は社内便で回収中のため、届き次第まとめて郵送いたします。

よろしくお願いいたします。
""" + SIG_YAGI,
        "attachments": [{
            "kind": "csv",
            "name": "zaigaku_R8_hinode.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "被扶養者氏名(カナ)", "生年月日", "学校名", "学年", "在学証明書"],
                ["19852", "キトウ アオイ", "2006/05/14", "北陽大学 工学部", "2年", "受領済"],
                ["20315", "コタカナシ ユウマ", "2008/08/08", "県立港南高等学校", "3年", "受領済"],
                ["20977", "ツユリ サキ", "2004/12/01", "桜ヶ丘女子大学 文学部", "4年", "未"],
                ["21488", "キマタ タクミ", "2007/02/25", "東都工科専門学校", "1年", "受領済"],
                ["21507", "ホウライ リコ", "2005/10/12", "白鷺医療短期大学", "2年", "未"],
                ["22640", "ナカソネ リク", "2009/01/22", "私立青嶺学院高等学校", "2年", "受領済"],
                ["23102", "シャクジイ ハルカ", "2006/11/03", "北陽大学 経済学部", "2年", "受領済"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) of seven children with birth dates and schools sent to the outsourced verification office",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "fuyoukakunin-022",
        "sender": YAGI,
        "to": [NABESHIMA],
        "subject": "【訂正】被扶養者の生年月日誤記について",
        "charset": "utf-8",
        "body": """株式会社ヘルスデータ・アドバンス
鍋島様

お世話になっております。日の出産業の八木沢です。
先日お送りした一覧に誤記がありましたので、訂正をお願いいたします。

　社員番号 24022　帷子 雅彦 様の被扶養者（妻）帷子 里美 様
　生年月日　（誤）昭和59年7月17日　→　（正）昭和59年1月17日

大変失礼いたしました。他の記載に変更はございません。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "correction of one dependant's birth date: one person's record, may be warned",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "fuyoukakunin-023",
        "sender": AIMONO,
        "to": ["さくらホテル 宿泊予約係 <reserve@sakura-hotel.jp>"],
        "subject": "健保契約保養施設 ご予約（日の出産業 社員家族利用）",
        "charset": "shift_jis",
        "body": f"""さくらホテル
宿泊予約係 ご担当者様

いつもお世話になっております。
日の出産業 大阪支社 総務課の四十物でございます。
健康保険組合の契約保養施設として、社員家族の宿泊予約をお願いいたします。

　宿泊日　　：令和８年１１月２１日（土）１泊
　ご利用者　：社員 木全 由香 様　ご家族計４名（大人２名・小人２名）
　ご連絡先　：０９０－４４１７－２２８６（木全様 携帯）
　プラン　　：健保補助プラン（和室・夕朝食付）

予約金のお支払いは、ご本人から預かった下記カードでお願いしたいとのことです。
　カード番号：{card_number(SEED + 101)}
　有効期限　：０９／２９
　名義　　　：YUKA KIMATA

健保の利用補助券は当日フロントにてご本人が提示されます。
よろしくお願いいたします。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an employee's credit card number written into a hotel booking mail",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "fuyoukakunin-024",
        "sender": AIMONO,
        "to": [YAGI],
        "subject": "大阪支社 被扶養者調査 回収状況（9/24時点）",
        "charset": "iso-2022-jp",
        "body": """八木沢さん

お疲れさまです。大阪支社 四十物です。
調書の回収状況です。未回収の方には来週もう一度連絡します。

氏名          所属          連絡先          状況
----------------------------------------------------------
乙部 千尋     総務課        090-2214-7730   未回収（配偶者の給与明細待ち）
仲宗根 亜希   営業課        080-6650-1192   回収済
砂金 美和     業務課        070-3308-4425   回収済
飯干 亮介     営業課        090-8841-0057   未回収（仕送り控え待ち）
王生 和樹     倉庫管理      080-1976-3364   回収済
栗原 さやか   業務課        090-5523-8810   回収済

以上、よろしくお願いします。
四十物
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "six staff with mobile numbers, but sent internally only",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "fuyoukakunin-025",
        "sender": SHOJI,
        "to": [MITARAI],
        "subject": "課税証明書（スキャン）送付の件",
        "charset": "iso-2022-jp",
        "body": """御手洗様

お世話になっております。日の出産業の東海林です。
ご依頼のありました課税証明書のスキャンデータをお送りいたします。
ＰＤＦにはパスワードを設定しております。パスワードはお電話でお伝えいたします。

原本は本日発送の書類に同封しております。
よろしくお願いいたします。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "pdf",
            "name": "課税証明書_スキャン_0915.pdf",
            "password": "kz0915",
            "lines": ["令和８年度（令和７年分）市民税・県民税 課税証明書",
                      "氏名　帷子 里美　　生年月日　昭和59年1月17日",
                      "給与収入　1,420,000円　　所得金額　770,000円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "fuyoukakunin-026",
        "sender": IOKIBE,
        "to": [MITARAI, KENIN, KASAI],
        "subject": "令和８年度 扶養確認 キックオフ会議のご案内",
        "charset": "iso-2022-jp",
        "body": """関係者各位

いつもお世話になっております。日の出産業 人事部の五百旗頭です。
今年度の被扶養者資格確認について、関係者の皆さまで進め方をすり合わせたく、
下記のとおりキックオフ会議を開催いたします。

　日時：９月３日（木）１６:００～１７:００
　場所：日の出産業 本社８Ｆ 会議室Ｂ（オンライン併用）
　議題：
　　１．今年度の調査スケジュールと対象範囲（健保様）
　　２．Ｗｅｂ回答の運用と督促方法（検認事務局様）
　　３．19歳以上23歳未満の認定基準変更への対応（みなと労務様）
　　４．社内の回収体制（当社）

ご都合の悪い方は９月１日までにお知らせください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations visible to each other in To",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "fuyoukakunin-027",
        "sender": YAGI,
        "to": [NABESHIMA],
        "subject": "RE: 書類不備のご連絡（5件）",
        "charset": "shift_jis",
        "body": """鍋島様

お世話になっております。日の出産業の八木沢です。
ご連絡いただいた不備５件のうち、３件は本日の社内便で再提出分を回収済みです。
明日まとめて郵送いたします。残りの２件は来週中に回収できる見込みです。

引き続きよろしくお願いいたします。

八木沢

-----Original Message-----
From: 鍋島 <nabeshima@hd-advance.co.jp>
Sent: Thursday, October 1, 2026 5:48 PM
To: 八木沢 美穂 <yagisawa.miho@hinode-sangyo.co.jp>
Subject: 書類不備のご連絡（5件）

日の出産業株式会社 八木沢様

検認事務局の鍋島です。下記の方の提出書類に不備がございました。

1. 王生 和樹 様（妻 沙織 様 S.H2.3.15）　給与明細が2か月分のみ
2. 飯干 亮介 様（母 キヨ 様 S22.11.30）　仕送り控えの名義不一致
3. 仲宗根 亜希 様（長男 陸 様 H21.1.22）　在学証明書の発行日が古い
4. 麹谷 健太 様（妻 朋美 様 S63.12.24）　課税証明書 未添付
5. 比嘉 康平 様（妻 結衣 様 H4.4.19）　 調書の署名漏れ

お手数ですが再提出をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only quoted from the recipient's own mail; reply text has no personal data",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "fuyoukakunin-028",
        "sender": SHOJI,
        "to": [KENPO],
        "subject": "被扶養者異動届（削除）５件 事前送付",
        "charset": "iso-2022-jp",
        "body": """東日本機械工業健康保険組合
適用グループ 御中

お世話になっております。日の出産業の東海林です。
下記５件の被扶養者異動届（削除）を、原本郵送に先立ちお知らせいたします。

■１件目
　被保険者　：栗花落 誠一
　被扶養者　：栗花落 咲（長女）
　生年月日　：平成１６年１２月１日
　削除理由　：就職（勤務先の健康保険に加入）
　異動日　　：令和８年４月１日

■２件目
　被保険者　：汐見 玲奈
　被扶養者　：汐見 隆之（夫）
　生年月日　：昭和５７年１０月２８日
　削除理由　：収入超過
　異動日　　：令和８年８月１日

■３件目
　被保険者　：仲宗根 亜希
　被扶養者　：仲宗根 陸（長男）
　生年月日　：平成２１年１月２２日
　削除理由　：収入超過（アルバイト）
　異動日　　：令和８年９月１日

■４件目
　被保険者　：鵜飼 智史
　被扶養者　：鵜飼 ハル（母）
　生年月日　：昭和２５年２月８日
　削除理由　：収入超過（年金額改定）
　異動日　　：令和８年７月１日

■５件目
　被保険者　：廿日出 修
　被扶養者　：廿日出 涼子（妻）
　生年月日　：昭和５６年６月３０日
　削除理由　：就職
　異動日　　：令和８年１０月１日

資格確認書は回収のうえ、原本と同封いたします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five dependant records, one block each, with birth dates sent to the insurance society",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "fuyoukakunin-029",
        "sender": YAGI,
        "to": [KASAI],
        "subject": "調書未提出者の状況（ご参考）",
        "charset": "utf-8",
        "body": """葛西先生

お世話になっております。八木沢です。
先日のお打合せでご質問のあった、調書の未提出者の状況です（10月5日時点）。

・廿日出 修（営業二部）… 督促2回目済
・蓬莱 克也（物流センター）… 督促2回目済
・鵜飼 智史（技術部）… 海外出張中、10/19帰国後提出予定
・比嘉 康平（那覇営業所）… 督促1回目済
・麹谷 健太（品質保証部）… 督促1回目済

期限までに提出がない場合の取扱い（扶養の一時停止等）について、
規程上の根拠をどう整理すべきか、次回ご相談させてください。

八木沢
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five named employees with only department and submission status: a list of people, or hardly personal data",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "fuyoukakunin-030",
        "sender": SHOJI,
        "to": [MITARAI],
        "subject": "外国籍社員の配偶者 被扶養者認定申請について",
        "charset": "utf-8",
        "body": """御手洗様

お世話になっております。日の出産業の東海林です。
外国籍社員の配偶者の被扶養者認定について、書類をお送りする前に確認させてください。

　被保険者　：グエン・ヴァン・ミン（NGUYEN VAN MINH）記号 3102 番号 211
　配偶者　　：グエン・ティ・ラン（NGUYEN THI LAN）
　生年月日　：1995年3月2日
　在留カード：UH47302918EA（在留資格：家族滞在、在留期限 2028年3月1日）
　来日日　　：2026年8月20日

マイナンバーは住民登録後に取得予定で、まだ手元にございません。
在留カードの写しと婚姻証明書（翻訳付き）で申請を進めてよろしいでしょうか。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a spouse's residence card number (and the employee's insurance 記号・番号) sent outside",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "fuyoukakunin-031",
        "sender": "人事部 給与厚生G <jinji-kousei@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【健保からのお知らせ】ご家族の人間ドック補助（令和８年度）",
        "charset": "iso-2022-jp",
        "body": """社員各位

人事部 給与厚生グループです。
東日本機械工業健康保険組合から、被扶養者（ご家族）向け人間ドック補助のご案内が届きましたので
転送いたします。

----- 健保からの案内（要旨） -----
・対象：40歳以上の被扶養者（令和９年３月31日時点）
・補助額：1人あたり年1回 30,000円まで
・申込：健保Webサイト「けんぽのひろば」から。受付期間 10月1日～12月25日
・契約健診機関：関東メディカルクリニック浜松町（03-5401-8830）ほか全国約1,200か所
・問合せ：健保 保健事業グループ 03-5219-4470（平日9:00～17:00）
----------------------------------

ご家族の受診をぜひご検討ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal-only announcement with business phone numbers",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "fuyoukakunin-032",
        "sender": SHOJI,
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.jp>"],
        "subject": "家族手当 追給分の個別振込について",
        "charset": "shift_jis",
        "body": """みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 人事部の東海林です。

扶養認定の遅れにより未払いとなっていた家族手当の追給分１件について、
給与振込とは別に個別振込をお願いしたく、ご連絡いたしました。

　振込先　：みどり銀行 浜松町支店　普通　４８２１０５７
　口座名義：カタビラ マサヒコ（帷子 雅彦）
　金額　　：６０，０００円（令和８年４月～９月分）
　振込日　：令和８年１０月２３日

依頼書は総合振込の画面から別途登録いたします。
よろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "recipient domain midori-ginko.jp is a look-alike of the partner bank midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "fuyoukakunin-033",
        "sender": YAGI,
        "to": ["飯干 亮介 <iboshi.r@docomo.ne.jp>"],
        "subject": "別居のお母さまへの仕送りの証明について",
        "charset": "iso-2022-jp",
        "body": """飯干さん

お疲れさまです。人事部の八木沢です。
お電話でお問い合わせいただいた仕送りの証明について、ご案内します。

・健保が認める証明は、金融機関の振込明細・通帳の写し・ネットバンキングの取引履歴です。
・手渡しや現金書留の控えだけでは、原則として認められません。
・直近３か月分が必要です。まだ振込にされていない場合は、今月から振込に切り替えてください。
・仕送り額がお母さまの年金収入を上回っていることが要件になります。

ご不明な点はいつでもご連絡ください。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one carrier-mail recipient, general guidance only",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "fuyoukakunin-034",
        "sender": SHOJI,
        "to": [KASAI],
        "subject": "別居扶養者の仕送り実績一覧（ご確認のお願い）",
        "charset": "utf-8",
        "body": """葛西先生

お世話になっております。東海林です。
別居の被扶養者について、仕送り実績を一覧にしました。
仕送り額が基準を満たしているか、念のためダブルチェックをお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "別居扶養者_仕送り実績_R8.xlsx",
            "sheets": {
                "別居扶養者": [
                    ["別居扶養者 仕送り実績（令和8年6月～8月）", "", "", "", "", "", ""],
                    ["被保険者", "被扶養者", "続柄", "生年月日", "別居先住所", "月額仕送り", "送金方法"],
                    ["百目鬼 亮", "百目鬼 トシ子", "母", "1951/03/29", "栃木県宇都宮市今泉町2丁目18-6", 80000, "振込"],
                    ["鬼頭 隼人", "鬼頭 蒼", "長男", "2006/05/14", "宮城県仙台市青葉区米ケ袋1-4-12 ハイツ米ケ袋203", 70000, "振込"],
                    ["栗花落 誠一", "栗花落 咲", "長女", "2004/12/01", "神奈川県横浜市港北区日吉本町5-31-9", 60000, "振込"],
                    ["飯干 亮介", "飯干 キヨ", "母", "1947/11/30", "宮崎県日向市大字財光寺1187-3", 50000, "振込"],
                    ["石動 正道", "石動 ミツ", "母", "1949/05/03", "富山県小矢部市石動町14-22", 65000, "振込"],
                    ["東雲 航平", "東雲 秀夫", "父", "1952/09/17", "長野県松本市大字島内4210-8", 55000, "振込"],
                ],
                "集計": [
                    ["区分", "人数", "平均月額"],
                    ["父母", 4, 62500],
                    ["子", 2, 65000],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX list of six dependants living apart with home addresses and birth dates",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "fuyoukakunin-035",
        "sender": AIMONO,
        "to": [KASAI],
        "subject": "扶養控除等申告書の記載確認（乙部さん分）",
        "charset": "iso-2022-jp",
        "body": """みなと労務管理事務所
葛西先生

お世話になっております。日の出産業 大阪支社の四十物です。
共働き世帯で、お子さんをどちらの扶養にするかで迷っている社員がおります。
本人の申告書をWordに起こしましたので、記載内容で問題ないかご確認いただけますか。

よろしくお願いいたします。
""" + SIG_AIMONO,
        "attachments": [{
            "kind": "docx",
            "name": "扶養控除等申告書_乙部.docx",
            "title": "令和9年分 給与所得者の扶養控除等（異動）申告書（写）",
            "paragraphs": [
                "令和9年分 給与所得者の扶養控除等（異動）申告書（転記）",
                "所属：大阪支社 総務課　氏名：乙部 千尋　住所：大阪府豊中市緑丘3丁目9-14",
                "源泉控除対象配偶者・控除対象扶養親族",
            ],
            "tables": [[
                ["区分", "氏名", "続柄", "生年月日", "個人番号", "所得見積額"],
                ["配偶者", "乙部 大樹", "夫", "昭和62年9月3日", _sp(my_number(SEED + 7)), "770,000"],
                ["扶養親族", "乙部 陽菜", "長女", "平成21年4月27日", _sp(my_number(SEED + 8)), "0"],
                ["16歳未満", "乙部 蓮", "長男", "平成27年11月9日", _sp(my_number(SEED + 9)), "0"],
            ]],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX transcript of a tax dependant form with three family My Numbers sent to the consultant",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "fuyoukakunin-036",
        "sender": YAGI,
        "to": [IOKIBE],
        "subject": "在学証明書 回収状況（PDF）",
        "charset": "utf-8",
        "body": """五百旗頭課長

お疲れさまです。八木沢です。
在学証明書の回収状況をPDFにまとめました。12名中9名回収済みです。
未回収の3名は明日の朝会で各部の庶務さんにお願いします。

八木沢
""",
        "attachments": [{
            "kind": "pdf",
            "name": "在学証明書_回収状況_1002.pdf",
            "lines": ["在学証明書 回収状況（令和8年10月2日現在）", ""],
            "table": [
                ["社員氏名", "被扶養者", "生年月日", "学校", "状況"],
                ["鬼頭 隼人", "鬼頭 蒼", "H18.5.14", "北陽大学", "回収済"],
                ["小鳥遊 ひなた", "小鳥遊 悠真", "H20.8.8", "港南高校", "回収済"],
                ["木全 由香", "木全 拓海", "H19.2.25", "東都工科専門学校", "回収済"],
                ["蓬莱 克也", "蓬莱 莉子", "H17.10.12", "白鷺医療短大", "未"],
                ["仲宗根 亜希", "仲宗根 陸", "H21.1.22", "青嶺学院高校", "回収済"],
                ["石神井 誠", "石神井 遥", "H18.11.3", "北陽大学", "回収済"],
                ["東雲 航平", "東雲 朔", "H19.6.30", "西都大学", "未"],
                ["薬師寺 奈緒", "薬師寺 凛", "H20.3.3", "県立北高校", "回収済"],
                ["五十嵐 仁", "五十嵐 楓", "H17.12.19", "桜ヶ丘女子大学", "回収済"],
                ["月見里 悟", "月見里 ことね", "H21.9.9", "私立明星高校", "回収済"],
                ["一寸木 徹", "一寸木 湧", "H18.4.4", "北陽大学", "未"],
                ["釘宮 沙耶", "釘宮 大和", "H20.1.28", "港南高校", "回収済"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "list of twelve in a PDF, but sent internally only",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "fuyoukakunin-037",
        "sender": SHOJI,
        "to": [KENIN],
        "subject": "被扶養者の収入状況に関する補足（麹谷さん分）",
        "charset": "utf-8",
        "body": """検認事務局 ご担当者様

お世話になっております。日の出産業の東海林です。
不備のご連絡をいただいた麹谷 健太さん（社員番号24571）の件で補足いたします。

奥さまの麹谷 朋美さんは、令和6年秋からうつ病で療養中のため就労しておらず、
課税証明書は「所得なし」となっております（非課税証明書を同封します）。
主治医の診断書の写しもあわせて郵送いたしますので、
収入がない理由の疎明資料としてお取り扱いいただけますでしょうか。

なお、ご本人はこの件を社内でも限られた者にしか伝えていないため、
お電話でのご確認の際はご配慮いただけますと幸いです。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named spouse's depression and medical treatment sent to an outside office",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "fuyoukakunin-038",
        "sender": IOKIBE,
        "to": [RELO],
        "subject": "Dependant enrolment - Mr. Raman's family",
        "charset": "utf-8",
        "body": """Hi Hannah,

Vikram Raman from our Nagoya plant will start his assignment in Pune on 1 December.
His family will join him in January, and they stay enrolled with our health insurance
society as dependants. For the school and housing search, here are their details:

  - Priya Raman (spouse), date of birth 14 Aug 1990
  - Arjun Raman (son), date of birth 3 Feb 2019

Please liaise with Vikram directly for the school interviews.

Best regards,
Makoto
""" + SIG_IOKIBE + "\n" + DISC_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two family members' names and birth dates to a relocation agency: under five people, may be warned",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "fuyoukakunin-039",
        "sender": IOKIBE,
        "to": [RELO],
        "subject": "FY2026 assignments - accompanying family members (passport details)",
        "charset": "utf-8",
        "body": """Dear Hannah,

Please find below the accompanying family members for the FY2026 assignments,
for the visa applications your team is handling.

Name                 Relationship   Date of birth   Passport No.   Nationality
-------------------  -------------  --------------  -------------  -----------
Priya Raman          Spouse         1990-08-14      W7394021       India
Arjun Raman          Son            2019-02-03      W8810457       India
Kadenokoji Yuri      Spouse         1987-06-22      TS4418902      Japan
Kadenokoji Sora      Daughter       2016-10-05      TS4418977      Japan
Hatsukade Ryoko      Spouse         1981-06-30      TR9021336      Japan
Nguyen Thi Lan       Spouse         1995-03-02      C4829175       Viet Nam

Please confirm once the applications have been lodged.

Kind regards,
Makoto Iokibe
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "six family members with passport numbers and birth dates sent to an outside agency",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "fuyoukakunin-040",
        "sender": YAGI,
        "to": [KENPO],
        "subject": "学生証の写しによる在学確認の可否について",
        "charset": "shift_jis",
        "body": """東日本機械工業健康保険組合
適用グループ 御中

お世話になっております。日の出産業 人事部の八木沢です。
社員から、在学証明書の発行に手数料と日数がかかるとの声が寄せられております。

以下のケースで、学生証（表裏）の写しを在学証明書の代わりとしてよろしいでしょうか。
　・有効期限の記載がある学生証
　・オンライン授業中心の通信制高校の生徒証
　・専門学校の学生証（有効期限の記載なし）

昨年度の運用と変更がないようでしたら、その旨だけお知らせいただければ結構です。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedural question to the insurance society, no personal data",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "fuyoukakunin-041",
        "sender": SHOJI,
        "to": ["大塚 様 <k.otsuka@tsubasa-system.jp>"],
        "subject": "家族手当 部門別集計帳票のカスタマイズについて",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
大塚様

いつもお世話になっております。日の出産業の東海林です。
先日ご相談した家族手当の部門別集計帳票について、
現在Excelで作っているものを添付します。これと同じ形で出力できるようにしたいと考えています。

数値は今年度上期の実績です。お見積りをお願いできますでしょうか。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "家族手当_部門別集計_R8上期.xlsx",
            "page_header": "部外秘",
            "sheets": {
                "部門別": [
                    ["【部外秘】家族手当 支給実績（部門別）令和8年度上期"],
                    ["部門", "支給対象者数", "配偶者", "子", "父母", "支給総額(円)"],
                    ["営業本部", 48, 31, 52, 6, 5640000],
                    ["技術本部", 37, 22, 41, 4, 4260000],
                    ["管理本部", 19, 11, 18, 3, 1980000],
                    ["大阪支社", 22, 14, 25, 2, 2490000],
                    ["合計", 126, 78, 136, 15, 14370000],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached spreadsheet is marked 部外秘 in its header and title, sent to the payroll vendor",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "fuyoukakunin-042",
        "sender": IOKIBE,
        "to": [NABESHIMA],
        "subject": "業務委託契約書・秘密保持契約書（案）の送付",
        "charset": "iso-2022-jp",
        "body": """株式会社ヘルスデータ・アドバンス
鍋島様

いつもお世話になっております。日の出産業の五百旗頭です。
来年度から当社の扶養確認の回収業務を直接委託する件について、
当社法務で作成した秘密保持契約書（案）をお送りします。

個人情報の取扱い（第５条）と再委託の制限（第８条）は、健保様との契約と
平仄を合わせております。ご確認のうえ、修正のご要望があればお知らせください。

よろしくお願いいたします。
""" + SIG_IOKIBE + "\n" + DISC_JA,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_案_HD-advance.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社ヘルスデータ・アドバンス（以下「乙」という。）は、"
                "甲が乙に委託する被扶養者資格確認に係る書類回収業務に関し、次のとおり契約を締結する。",
                "第１条（秘密情報の定義）本契約において秘密情報とは、本業務に関し甲が乙に開示した一切の情報をいう。",
                "第５条（個人情報の取扱い）乙は、個人情報の保護に関する法律その他の法令を遵守し、",
                "　要配慮個人情報を取得する場合は、あらかじめ甲の書面による承諾を得るものとする。",
                "第８条（再委託の制限）乙は、甲の事前の書面による承諾なく本業務を第三者に再委託してはならない。",
                "第１２条（有効期間）本契約の有効期間は契約締結日から１年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft NDA attached: mentions of confidentiality, no marking, no personal data",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "fuyoukakunin-043",
        "sender": YAGI,
        "to": ["鷲尾 孝 <t.washio1958@gmail.com>",
               "乾 和代 <kazuyo-inui@ezweb.ne.jp>",
               "鰐淵 昭二 <wanibuchi.s@outlook.jp>"],
        "subject": "任意継続被保険者の皆さまへ：被扶養者確認のご案内",
        "charset": "utf-8",
        "body": """任意継続被保険者の皆さま

ご無沙汰しております。日の出産業 人事部の八木沢です。
退職後も健康保険を任意継続されている皆さまにも、被扶養者の確認調査がございます。

健保から皆さまのご自宅に直接調書が届きますので、
10月末までに健保あてに返送してください（会社を経由する必要はありません）。

任意継続の保険料や資格の喪失についてのお問い合わせは、
健保 適用グループ（03-5219-4461）へ直接お願いいたします。

寒くなってまいりますので、どうぞご自愛ください。
""" + SIG_YAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient",
                      "multiple_external_domains"],
        "note": "three former employees' private addresses visible to each other in To",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "fuyoukakunin-044",
        "sender": SHOJI,
        "to": [YAGI],
        "subject": "課税証明書の確認結果（第2回分）",
        "charset": "shift_jis",
        "body": """八木沢さん

東海林です。課税証明書の第2回到着分、確認が終わりました。
基準超えはありませんでした。健保への一覧に転記をお願いします。

被保険者\t被扶養者\t続柄\t生年月日\t給与収入\t年金収入\t判定
石神井 誠\t石神井 良子\t妻\tS55.8.14\t1,020,000\t0\tOK
五十嵐 仁\t五十嵐 由美\t妻\tS53.2.27\t960,000\t0\tOK
月見里 悟\t月見里 綾\t妻\tS61.12.5\t0\t0\tOK
一寸木 徹\t一寸木 トミ\t母\tS21.3.18\t0\t1,480,000\tOK
釘宮 沙耶\t釘宮 洋平\t夫\tS60.7.7\t1,190,000\t0\tOK（要注意：基準近い）
東雲 航平\t東雲 秀夫\t父\tS27.9.17\t0\t1,610,000\tOK

東海林
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "six dependants' incomes and birth dates, internal recipients only",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "fuyoukakunin-045",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "所得確認データ（本社・第1回）の送付",
        "charset": "utf-8",
        "body": """検認事務局 御中

お世話になっております。日の出産業の八木沢です。
課税証明書から転記した所得確認データを、ZIPにまとめてお送りします。
（ファイルサイズの都合で圧縮しています。パスワードはかけておりません）

・shotoku_honsha_01.csv　8件
・readme.txt　項目の説明

よろしくお願いいたします。
""" + SIG_YAGI,
        "attachments": [{
            "kind": "zip",
            "name": "shotoku_honsha_01.zip",
            "files": [
                {"kind": "csv", "name": "shotoku_honsha_01.csv", "encoding": "utf-8",
                 "rows": [
                     ["被保険者番号", "被扶養者氏名", "続柄", "生年月日", "住所", "給与収入", "公的年金等", "合計所得"],
                     ["3102-27", "薬師寺 航", "夫", "1979-11-02", "東京都江東区大島6-12-3-804", "1180000", "0", "530000"],
                     ["3102-63", "帷子 里美", "妻", "1984-01-17", "埼玉県川口市芝新町12-8", "1420000", "0", "770000"],
                     ["3102-88", "左右田 房江", "母", "1948-07-21", "東京都大田区西蒲田3-21-5", "0", "1750000", "650000"],
                     ["3102-204", "王生 沙織", "妻", "1990-03-15", "兵庫県尼崎市塚口本町4-7-19", "1452000", "0", "802000"],
                     ["3102-167", "比嘉 結衣", "妻", "1992-04-19", "沖縄県那覇市首里石嶺町2-144", "860000", "0", "210000"],
                     ["3102-221", "石神井 良子", "妻", "1980-08-14", "東京都練馬区石神井町7-3-11", "1020000", "0", "370000"],
                     ["3102-236", "五十嵐 由美", "妻", "1978-02-27", "千葉県船橋市前原西6-3-22", "960000", "0", "310000"],
                     ["3102-240", "一寸木 トミ", "母", "1946-03-18", "神奈川県小田原市栢山1540", "0", "1480000", "380000"],
                 ]},
                {"kind": "txt", "name": "readme.txt",
                 "text": "項目説明\n被保険者番号：記号-番号\n金額はいずれも令和7年分（円）\n"},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a CSV of eight dependants' addresses, birth dates, income and insurance numbers",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "fuyoukakunin-046",
        "sender": YAGI,
        "to": [NABESHIMA],
        "subject": "拠点別の書類送付先一覧",
        "charset": "iso-2022-jp",
        "body": """鍋島様

お世話になっております。八木沢です。
不備書類の返送先について、拠点ごとの送付先をお知らせします。
社員個人宛ではなく、各拠点の総務窓口にお送りください。

拠点　　　　　　送付先住所　　　　　　　　　　　　　　　　　　電話
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
本社　　　　　　〒105-0013 東京都港区浜松町2-4-1 日の出ビル8F　03-5403-7711
大阪支社　　　　〒530-0047 大阪府大阪市北区西天満4-11-22　　　 06-6365-2031
名古屋工場　　　〒455-0831 愛知県名古屋市港区十一屋1-88　　　 052-381-5520
那覇営業所　　　〒900-0015 沖縄県那覇市久茂地3-9-17　　　　　 098-862-7104
物流センター　　〒272-0002 千葉県市川市二俣新町21-3　　　　　 047-328-9901

宛名は「日の出産業株式会社 ○○ 総務担当」でお願いいたします。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own sites with switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "fuyoukakunin-047",
        "sender": YAGI,
        "to": [KENPO],
        "subject": "資格確認書の再交付申請（紛失）",
        "charset": "iso-2022-jp",
        "body": """東日本機械工業健康保険組合
適用グループ 御中

お世話になっております。日の出産業の八木沢です。
被扶養者の資格確認書を紛失したとの申し出がありましたので、再交付をお願いいたします。
申請書原本は本日郵送いたします。

　記号・番号　：３１０２－５６
　被保険者　　：小鳥遊 ひなた
　被扶養者　　：小鳥遊 悠真（長男）平成２０年８月８日生
　紛失日　　　：令和８年９月２６日ごろ（通学途中の駅構内）
　警察届出　　：港南警察署 遺失届 受理番号 第2026-1184号

交付はご自宅への郵送を希望されています。
""" + SIG_YAGI,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a health insurance 記号・番号 with names and birth date sent outside",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "fuyoukakunin-048",
        "sender": SHOJI,
        "to": ["Daniel Okafor <dan.okafor.tokyo@gmail.com>"],
        "subject": "Re: Documents for my wife's enrolment",
        "charset": "utf-8",
        "body": """Dear Daniel,

Thank you, we have received the scanned documents. They are complete,
and I will file the application with the health insurance society this week.
Her eligibility certificate should reach your home address in about three weeks.

Best regards,
Tsuyoshi Shoji
HR - Payroll & Benefits, Hinode Sangyo Co., Ltd.

On Mon, 21 Sep 2026 at 22:14, Daniel Okafor <dan.okafor.tokyo@gmail.com> wrote:
> Dear Mr. Shoji,
>
> Please find attached the documents for my wife, Grace Okafor.
> Date of birth: 11 November 1993
> Residence card number: RK80513246FA (Dependent, valid until 2029-04-30)
> Our marriage certificate with a Japanese translation is also attached.
>
> Kind regards,
> Daniel
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the residence card number is only in the quoted text of the employee's own mail; one free-mail recipient",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "fuyoukakunin-049",
        "sender": AIMONO,
        "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
        "subject": "扶養人数の自動集計機能について",
        "charset": "shift_jis",
        "body": """ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業 大阪支社の四十物です。

「ツバサ給与クラウド」で、源泉控除対象配偶者と控除対象扶養親族の人数を
月次で部門別に自動集計する機能はありますでしょうか。
現在は毎月CSVを出力して手作業で集計しており、かなりの手間となっています。

オプション機能の場合は、費用感も併せてお知らせください。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp (letter dropped) is a look-alike of the partner domain tsubasa-system.jp",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "fuyoukakunin-050",
        "sender": SHOJI,
        "to": ["人事部 給与厚生G <jinji-kousei@hinode-sangyo.co.jp>"],
        "subject": "障害者控除 対象者の確認（年末調整）",
        "charset": "utf-8",
        "body": """給与厚生Gの皆さん

年末調整で障害者控除を適用する扶養親族の一覧です。
障害者手帳の写しは人事部キャビネット（施錠）に保管しています。

被保険者 / 扶養親族 / 区分 / 手帳
・百目鬼 亮 / 百目鬼 トシ子（母）/ 特別障害者 / 身体1級
・一寸木 徹 / 一寸木 湧（長男）/ 障害者 / 療育手帳B
・釘宮 沙耶 / 釘宮 大和（長男）/ 障害者 / 精神保健福祉手帳2級
・石動 正道 / 石動 ミツ（母）/ 特別障害者（同居）/ 身体2級→1級に変更

東海林
""",
        "html": """<html><body>
<p>給与厚生Gの皆さん</p>
<p>年末調整で障害者控除を適用する扶養親族の一覧です。<br>障害者手帳の写しは人事部キャビネット（施錠）に保管しています。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>被保険者</th><th>扶養親族</th><th>区分</th><th>手帳</th></tr>
<tr><td>百目鬼 亮</td><td>百目鬼 トシ子（母）</td><td>特別障害者</td><td>身体1級</td></tr>
<tr><td>一寸木 徹</td><td>一寸木 湧（長男）</td><td>障害者</td><td>療育手帳B</td></tr>
<tr><td>釘宮 沙耶</td><td>釘宮 大和（長男）</td><td>障害者</td><td>精神保健福祉手帳2級</td></tr>
<tr><td>石動 正道</td><td>石動 ミツ（母）</td><td>特別障害者（同居）</td><td>身体2級→1級に変更</td></tr>
</table>
<p>東海林</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "named dependants' disabilities, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "fuyoukakunin-051",
        "sender": SHOJI,
        "to": [KASAI],
        "subject": "同居特別障害者の扶養控除について（2件）",
        "charset": "utf-8",
        "body": """葛西先生

お世話になっております。日の出産業の東海林です。
年末調整で同居特別障害者の控除を適用してよいか、2件ご確認をお願いします。

(1) 石動 正道さん（技術部）の母　石動 ミツさん（昭和24年5月3日生）
    身体障害者手帳が今年8月に2級から1級（下肢機能障害）に変更。
    6月までは別居（富山の実家）、7月から本人宅で同居。
    → 12月31日時点で同居のため、同居特別障害者でよいか。

(2) 百目鬼 亮さん（営業一部）の母　百目鬼 トシ子さん（昭和26年3月29日生）
    身体障害者手帳1級（腎臓機能障害・人工透析）、別居。
    → 特別障害者（同居以外）で適用。

よろしくお願いいたします。
""" + SIG_SHOJI,
        "html": """<html><body style="font-family:sans-serif">
<p>葛西先生</p>
<p>お世話になっております。日の出産業の東海林です。<br>
年末調整で同居特別障害者の控除を適用してよいか、2件ご確認をお願いします。</p>
<ol>
<li><b>石動 正道さん（技術部）の母　石動 ミツさん（昭和24年5月3日生）</b><br>
身体障害者手帳が今年8月に2級から1級（下肢機能障害）に変更。6月までは別居（富山の実家）、7月から本人宅で同居。<br>
→ 12月31日時点で同居のため、同居特別障害者でよいか。</li>
<li><b>百目鬼 亮さん（営業一部）の母　百目鬼 トシ子さん（昭和26年3月29日生）</b><br>
身体障害者手帳1級（腎臓機能障害・人工透析）、別居。<br>
→ 特別障害者（同居以外）で適用。</li>
</ol>
<p>よろしくお願いいたします。</p>
<p>--<br>東海林 剛 / 日の出産業株式会社 人事部 給与厚生G</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named parents' disability grades and dialysis sent to the external consultant",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "fuyoukakunin-052",
        "sender": SHOJI,
        "to": [MITARAI],
        "subject": "被扶養者削除（就職）の届出遅延のお詫び",
        "charset": "iso-2022-jp",
        "body": """御手洗様

お世話になっております。日の出産業の東海林です。
調査の過程で、就職により４月から扶養を外れるべきだった方が１名判明いたしました。
届出が遅れましたことをお詫び申し上げます。

　被扶養者　：栗花落 咲（長女）
　生年月日　：平成１６年１２月１日
　就職日　　：令和８年４月１日（就職先の健康保険に加入済み）

４月以降に当組合の資格で受診した記録があれば、返還の手続きをご案内いただけますでしょうか。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one dependant's name and birth date to the insurance society; may be warned",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "fuyoukakunin-053",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "Web回答できなかった方の調書データ",
        "charset": "utf-8",
        "body": """検認事務局 御中

お世話になっております。八木沢です。
Web回答ができなかった社員の分を、当社で入力したExcelをお送りいたします。
取込みの際に不具合があればお知らせください。
""" + SIG_YAGI,
        "attachments": [{"kind": "corrupt", "name": "web_mikaitou_nyuryoku.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "fuyoukakunin-054",
        "sender": IOKIBE,
        "to": [KASAI],
        "subject": "被扶養者認定 審査結果一覧（第1回）",
        "charset": "iso-2022-jp",
        "body": """葛西先生

お世話になっております。五百旗頭です。
健保から第１回の審査結果が戻ってまいりましたので、ＰＤＦにてお送りします。
「保留」の３件について、追加資料の考え方を次回の定例でご相談させてください。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "pdf",
            "name": "審査結果一覧_第1回.pdf",
            "title": "被扶養者認定 審査結果一覧",
            "lines": ["令和８年度 被扶養者資格確認 審査結果一覧（第１回）", "日の出産業株式会社 人事部", ""],
            "table": [
                ["被保険者", "被扶養者", "続柄", "生年月日", "判定", "備考"],
                ["鬼頭 隼人", "鬼頭 蒼", "長男", "H18.5.14", "継続", ""],
                ["薬師寺 奈緒", "薬師寺 航", "夫", "S54.11.2", "継続", ""],
                ["百目鬼 亮", "百目鬼 トシ子", "母", "S26.3.29", "保留", "仕送り額"],
                ["小鳥遊 ひなた", "小鳥遊 悠真", "長男", "H20.8.8", "継続", ""],
                ["帷子 雅彦", "帷子 里美", "妻", "S59.1.17", "保留", "収入見込"],
                ["左右田 健", "左右田 房江", "母", "S23.7.21", "継続", ""],
                ["木全 由香", "木全 拓海", "二男", "H19.2.25", "継続", ""],
                ["石神井 誠", "石神井 良子", "妻", "S55.8.14", "継続", ""],
                ["五十嵐 仁", "五十嵐 由美", "妻", "S53.2.27", "継続", ""],
                ["東雲 航平", "東雲 秀夫", "父", "S27.9.17", "保留", "同一世帯確認"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF table of ten dependants with birth dates and decisions sent to the consultant",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "fuyoukakunin-055",
        "sender": SHOJI,
        "to": ["大塚 様 <k.otsuka@tsubasa-system.jp>"],
        "subject": "年末調整モジュールの切替日程について",
        "charset": "shift_jis",
        "body": """ツバサシステム株式会社
大塚様

いつもお世話になっております。日の出産業の東海林です。

今年の年末調整モジュールの切替について、以下の日程で進めたいと考えております。

　１１／２（月）　　 令和９年分 扶養控除等申告書の電子配付開始
　１１／２０（金）　 社員の申告締切
　１２／１（火）　　 税額計算（テスト）
　１２／１０（木）　 本計算・１２月給与で精算

基礎控除・特定親族特別控除の改正対応版のリリース日が決まりましたら、
お知らせいただけますと助かります。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "schedule mail to the payroll vendor, no personal data",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "fuyoukakunin-056",
        "sender": SHOJI,
        "to": ["月見里 悟 <yamanashi-satoru@yahoo.co.jp>"],
        "subject": "お嬢さまの個人番号のご確認",
        "charset": "iso-2022-jp",
        "body": f"""月見里さん

出張中に失礼します。人事部の東海林です。
扶養控除等申告書にご記入いただいた、ご長女の個人番号について確認させてください。

　ご長女　：月見里 ことね さま
　個人番号：{_sp(_zen(my_number(SEED + 10)), "　")}

通知カードの写しと一桁違うように見えるのですが、こちらで正しいでしょうか。
お手数ですが、お戻りになったら原本をご確認のうえご返信ください。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a child's My Number (full-width digits) sent to a free-mail address",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "fuyoukakunin-057",
        "sender": YAGI,
        "to": [NABESHIMA],
        "subject": "社内向け「扶養状況申立書」様式（空欄）のご確認",
        "charset": "utf-8",
        "body": """鍋島様

お世話になっております。八木沢です。
課税証明書が取得できない方（海外在住・転入直後など）向けに、
社内で使う申立書の様式を作りました。空欄のままお送りします。

健保様の審査で使える内容になっているか、事務局としてのご意見をいただけますか。
""" + SIG_YAGI,
        "attachments": [{
            "kind": "docx",
            "name": "扶養状況申立書_様式_v1.docx",
            "title": "扶養状況申立書",
            "paragraphs": [
                "扶養状況申立書",
                "東日本機械工業健康保険組合 理事長 殿",
                "私は、下記の者を被扶養者として申請するにあたり、その収入及び生計維持の状況について、次のとおり申し立てます。",
                "記入日：令和　　年　　月　　日",
            ],
            "tables": [[
                ["項目", "記入欄"],
                ["被保険者 記号・番号", ""],
                ["被保険者 氏名", ""],
                ["被扶養者 氏名", ""],
                ["続柄", ""],
                ["生年月日", "昭和・平成・令和　　年　　月　　日"],
                ["課税証明書が提出できない理由", ""],
                ["直近１年間の収入（見込）", "　　　　　　　円"],
                ["仕送りの方法・月額", ""],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank form: field labels only, no one's data",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "fuyoukakunin-058",
        "sender": SHOJI,
        "to": [MITARAI],
        "cc": ["石神井 誠 <makoto.shakujii@gmail.com>",
               "石神井 良子 <ryoko-s@softbank.ne.jp>"],
        "subject": "共働き世帯のお子さまの扶養先について",
        "charset": "utf-8",
        "body": """御手洗様
（cc：石神井 誠さん、奥さまの良子さん）

お世話になっております。日の出産業の東海林です。
先日お電話でご相談した件、ご本人と奥さまにも直接ご説明いただけるとのことで、
お二人の個人アドレスをccに入れております。

論点は、お子さまを夫婦どちらの健康保険の被扶養者とするかで、
奥さまの勤務先の健保からは「年収の多い方」との回答があったそうです。
当組合の取扱いもあわせてご教示いただけますでしょうか。

石神井さん、良子さん：御手洗様から直接ご連絡があるかと思いますので、よろしくお願いします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "the insurance society and two private persons (three parties) visible to each other in To/Cc",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "fuyoukakunin-059",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "来春卒業予定の被扶養者（子）について",
        "charset": "iso-2022-jp",
        "body": """検認事務局 ご担当者様

お世話になっております。日の出産業の八木沢です。
来年３月に卒業予定で、就職後に扶養を外れる見込みの方を一覧にしました。
４月以降の資格喪失の案内にご活用ください。

・鬼頭 蒼（H18.5.14生）　北陽大学 工学部　→ 大学院進学予定（扶養継続）
・栗花落 咲（H16.12.1生）　桜ヶ丘女子大学 文学部　→ 就職内定（R9.4.1〜）
・蓬莱 莉子（H17.10.12生）　白鷺医療短期大学　→ 就職内定（R9.4.1〜）
・五十嵐 楓（H17.12.19生）　桜ヶ丘女子大学 家政学部　→ 就職内定（R9.4.1〜）
・一寸木 湧（H18.4.4生）　北陽大学 理学部　→ 未定
・小鳥遊 悠真（H20.8.8生）　県立港南高校　→ 専門学校進学予定（扶養継続）
・釘宮 大和（H20.1.28生）　県立港南高校　→ 就職内定（R9.4.1〜）

以上７名です。よろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "bulleted list of seven children with birth dates, schools and plans sent outside",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "fuyoukakunin-060",
        "sender": YAGI,
        "to": ["比嘉 康平 <kohei.higa@icloud.com>"],
        "subject": "RE: 扶養控除申告書の個人番号",
        "charset": "utf-8",
        "body": f"""比嘉さん

お疲れさまです。人事部の八木沢です。
ご連絡ありがとうございます。いただいた内容で給与システムに登録いたしました。
念のため、このメールはご確認後に削除していただけますと幸いです。

八木沢

-----Original Message-----
From: 比嘉 康平 <kohei.higa@icloud.com>
Sent: Tuesday, November 10, 2026 8:03 AM
To: 八木沢 美穂 <yagisawa.miho@hinode-sangyo.co.jp>
Subject: 扶養控除申告書の個人番号

八木沢さん

那覇営業所の比嘉です。申告書に書き漏れていた家族の個人番号です。
妻　比嘉 結衣　{my_number(SEED + 11)}
長男　比嘉 颯太　{my_number(SEED + 12)}
よろしくお願いします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "My Numbers only in the quoted original from the recipient himself; one free-mail recipient",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "fuyoukakunin-061",
        "sender": IOKIBE,
        "to": [RELO],
        "subject": "Family support policy for assignees (2026 revision)",
        "charset": "utf-8",
        "body": """Dear Hannah,

Attached is our revised family support policy for assignees, effective 1 January 2027.
The main changes are the school fee cap and the home-leave allowance for dependants.
Please use it when you brief the families in the October group.

Kind regards,
Makoto
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "pdf",
            "name": "Assignee_Family_Support_Policy_2027.pdf",
            "title": "Assignee Family Support Policy 2027",
            "page_header": "CONFIDENTIAL - Hinode Sangyo Internal Only",
            "page_footer": "Classification: Confidential",
            "lines": [
                "Assignee Family Support Policy (revision effective 1 January 2027)",
                "",
                "1. Eligible family members: spouse and children under 22 enrolled as dependants",
                "2. School fees: actual cost up to JPY 3,600,000 per child per year",
                "3. Home leave: one return trip per year for each eligible family member",
                "4. Health insurance: dependants remain enrolled with the company health insurance society",
                "5. Language training: up to 60 hours per spouse",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF is stamped CONFIDENTIAL / Internal Only in its header and footer",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "fuyoukakunin-062",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "Re: 家族手当との連動について（ご質問への回答）",
        "charset": "shift_jis",
        "body": """検認事務局 ご担当者様

お世話になっております。日の出産業の八木沢です。
ご質問いただいた、扶養の削除と家族手当の停止の連動についてご回答いたします。

当社の家族手当規程は社外秘扱いのため規程本文はお送りできませんが、要旨は以下のとおりです。
　・健康保険の被扶養者から外れた場合、その翌月分から家族手当を停止
　・遡って削除となった場合も、手当の返還は求めない（過去３か月分を上限に調整）

検認結果のご連絡の際、削除日が判明している場合は併記いただけると助かります。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned (the regulation is not sent); no marking, no personal data",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "fuyoukakunin-063",
        "sender": SHOJI,
        "to": [MITARAI],
        "subject": "【至急・ご配慮のお願い】お子さまの被扶養者認定について",
        "charset": "iso-2022-jp",
        "body": """御手洗様

お世話になっております。日の出産業の東海林です。
取扱いにご配慮いただきたい案件があり、ご連絡いたしました。

大阪支社の砂金 美和さんが、配偶者からの暴力（ＤＶ）の被害を受け、
お子さま２名（砂金 紬さん・砂金 陽太さん）と避難されています。
配偶者暴力相談支援センターの証明書が発行されており、
お子さま２名を夫の健康保険から外し、当組合で砂金さんの被扶養者として認定していただきたいとのことです。

避難先：大阪府堺市北区長曽根町１１２０－５ サンライズ長曽根４０２

避難先住所が夫側に知られることのないよう、
通知類の送付先・保険者からの照会には特段のご配慮をお願いいたします。
必要書類をご教示ください。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "names an employee as a domestic-violence victim with her shelter address: crime-victim information",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "fuyoukakunin-064",
        "sender": YAGI,
        "to": [IOKIBE],
        "subject": "過年度の扶養削除者一覧（旧システム出力）",
        "charset": "utf-8",
        "body": """五百旗頭課長

監査対応用に、旧給与システムから過年度の扶養削除者を出力しました。
古いExcel形式（.xls）でしか出せなかったので、そのまま添付します。

八木沢
""",
        "attachments": [{
            "kind": "xls",
            "name": "fuyou_sakujo_H30-R5.xls",
            "sheets": {
                "削除者": [
                    ["年度", "社員番号", "社員氏名", "被扶養者", "続柄", "生年月日", "削除事由"],
                    ["H30", "15521", "鷲尾 孝", "鷲尾 恵美", "妻", "1961/04/12", "就職"],
                    ["R1", "16032", "乾 和代", "乾 雄一", "夫", "1955/09/30", "年金受給"],
                    ["R2", "17215", "鰐淵 昭二", "鰐淵 直樹", "長男", "1998/01/08", "就職"],
                    ["R3", "18440", "石動 正道", "石動 ミツ", "母", "1949/05/03", "収入超過"],
                    ["R4", "19006", "東雲 航平", "東雲 晴香", "妻", "1983/10/21", "収入超過"],
                    ["R5", "19852", "鬼頭 隼人", "鬼頭 茜", "長女", "2001/07/16", "就職"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "legacy XLS list of six, internal recipients only",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "fuyoukakunin-065",
        "sender": YAGI,
        "to": ["五百旗頭 誠 <iokibe.makoto@hinode-sangy0.co.jp>"],
        "subject": "在学証明書 未着3件の件",
        "charset": "utf-8",
        "body": """五百旗頭課長

お疲れさまです。八木沢です。
在学証明書の未着3件、今朝の朝会で各部の庶務さんにお願いしました。
物流センターの1件は、ご本人が夜勤のため来週月曜の回収になるそうです。

健保への提出期限（10/16）には間に合う見込みです。

八木沢
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangy0.co.jp (zero for o) is a homoglyph look-alike of the own domain",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "fuyoukakunin-066",
        "sender": IOKIBE,
        "to": [MITARAI],
        "cc": [KASAI],
        "subject": "19歳以上23歳未満の認定基準（150万円）の社内運用について",
        "charset": "iso-2022-jp",
        "body": """東日本機械工業健康保険組合 御手洗様
みなと労務管理事務所 葛西先生（ｃｃ）

お世話になっております。日の出産業の五百旗頭です。

19歳以上23歳未満の被扶養者（配偶者を除く）の年収要件が150万円未満となった件で、
当社の社内運用を下記のとおり整理しました。健保様の解釈と齟齬がないかご確認ください。

　１．年齢は12月31日時点で判定（税法の特定親族と揃える）
　２．年収は認定日以降１年間の見込額で判定（過去の実績ではない）
　３．学生・非学生を問わず適用

葛西先生には、家族手当規程との整合の観点からご意見をいただければと思います。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc, policy discussion without personal data",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "fuyoukakunin-067",
        "sender": SHOJI,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "扶養親族一括取込でエラーになるデータ（サンプル添付）",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
サポートデスク ご担当者様

お世話になっております。日の出産業の東海林です。
扶養親族の一括取込で「生年月日の形式が不正です」となる件、
エラーになったファイルをそのまま添付します。9件中6件がエラーになります。

文字コードはUTF-8（BOM付き）で出力しています。原因をご確認いただけますか。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "csv",
            "name": "fuyou_import_20261104.csv",
            "encoding": "utf-8-sig",
            "rows": [
                ["社員コード", "扶養親族氏名", "フリガナ", "続柄", "生年月日", "同居区分", "障害者区分"],
                ["19852", "鬼頭 蒼", "キトウ アオイ", "長男", "H18.05.14", "別居", "なし"],
                ["20315", "小鳥遊 悠真", "タカナシ ユウマ", "長男", "2008/08/08", "同居", "なし"],
                ["21488", "木全 拓海", "キマタ タクミ", "二男", "H19.02.25", "同居", "なし"],
                ["22640", "仲宗根 陸", "ナカソネ リク", "長男", "2009-01-22", "同居", "なし"],
                ["23102", "石神井 遥", "シャクジイ ハルカ", "長女", "H18.11.03", "同居", "なし"],
                ["23377", "東雲 朔", "シノノメ サク", "長男", "H19.06.30", "同居", "なし"],
                ["23981", "薬師寺 凛", "ヤクシジ リン", "長女", "2008/03/03", "同居", "なし"],
                ["24105", "五十嵐 楓", "イガラシ カエデ", "長女", "H17.12.19", "同居", "なし"],
                ["24390", "月見里 ことね", "ヤマナシ コトネ", "長女", "2009/09/09", "同居", "なし"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "real data of nine dependants (names, birth dates) sent to the vendor as a sample file",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "fuyoukakunin-068",
        "sender": SHOJI,
        "to": ["Daniel Okafor <dan.okafor.tokyo@gmail.com>"],
        "subject": "Tax deduction for your parents in Nigeria - documents needed",
        "charset": "utf-8",
        "body": """Dear Daniel,

Thank you for your question about claiming your parents as dependants for Japanese income tax.
Because they live outside Japan, the tax office requires two kinds of documents:

 1. Documents proving the relationship
    (e.g. your birth certificate and a copy of their passports), with a Japanese translation.
 2. Documents proving remittance
    (bank transfer records showing money you sent to each of them during the year).

From 2023, parents aged 30 to 69 living abroad qualify only in limited cases
(students, disabled persons, or those receiving at least JPY 380,000 a year from you).
Please check which case applies and bring the documents to HR by 20 November.

Best regards,
Tsuyoshi Shoji
HR - Payroll & Benefits, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English guidance to an employee's free-mail address, no personal data",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "fuyoukakunin-069",
        "sender": YAGI,
        "to": [KENPO],
        "subject": "任意継続被保険者 資格取得申出の本人確認について",
        "charset": "shift_jis",
        "body": """東日本機械工業健康保険組合
適用グループ ご担当者様

お世話になっております。日の出産業の八木沢です。
９月末で退職した社員から、任意継続の申出書の提出を代行してほしいと依頼がありました。
本人確認書類として運転免許証の写しをお預かりしています。

　氏名　　　　：乾 和代（イヌイ カズヨ）
　生年月日　　：昭和３０年２月１４日
　住所　　　　：埼玉県所沢市小手指町４－１８－７
　運転免許証　：第３０１２０５４８７６２１号（令和１１年３月１４日まで有効）

申出書と免許証の写しは本日郵送します。
任意継続の被扶養者（夫）の手続きについても併せてお願いいたします。
""" + SIG_YAGI,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a former employee's driving licence number, birth date and address sent outside",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "fuyoukakunin-070",
        "sender": YAGI,
        "to": [SHOJI],
        "subject": "Fwd: 【東日本機械健保】資格確認書 送付漏れのお知らせ",
        "charset": "iso-2022-jp",
        "body": """東海林さん

健保から下記の連絡がありました（元メールを添付します）。
５名分の資格確認書が当社あての一括便から漏れていたそうです。
本人たちへの連絡をお願いできますか。

八木沢
""",
        "attachments": [{
            "kind": "eml",
            "name": "資格確認書_送付漏れのお知らせ.eml",
            "message": {
                "sender": "御手洗 聡子 <mitarai-s@higashi-kikai-kenpo.or.jp>",
                "to": ["八木沢 美穂 <yagisawa.miho@hinode-sangyo.co.jp>"],
                "subject": "【東日本機械健保】資格確認書 送付漏れのお知らせ",
                "charset": "iso-2022-jp",
                "body": """日の出産業株式会社 八木沢様

東日本機械工業健保の御手洗です。
先週お送りした資格確認書の一括便に、下記５名分が含まれておりませんでした。
本日、別便で発送いたしました。大変申し訳ございません。

記号-番号　　被扶養者氏名　　続柄
3102-18　　　鬼頭 蒼　　　　長男
3102-56　　　小鳥遊 悠真　　長男
3102-102　　 木全 拓海　　　二男
3102-221　　 石神井 遥　　　長女
3102-236　　 五十嵐 楓　　　長女
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
        "detectors": [],
        "note": "forwarded insurer mail with five insurance numbers, but to an internal colleague only",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "fuyoukakunin-071",
        "sender": SHOJI,
        "to": [KASAI],
        "subject": "転送：大阪支社 扶養確認の要フォロー者（携帯連絡先あり）",
        "charset": "iso-2022-jp",
        "body": """葛西先生

お世話になっております。東海林です。
来週の大阪支社での個別相談会に向けて、支社総務から届いた対象者一覧を転送します。
面談の順番はこちらで調整し、改めてご連絡いたします。

-------- 転送メッセージ --------
差出人: 四十物 千景 <aimono.chikage@hinode-sangyo.co.jp>
日時: 2026/10/07 11:26
宛先: 東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>
件名: 大阪支社 要フォロー者

東海林さん

個別相談会で先生にお話を聞いてもらいたい方の一覧です。

氏名　　　　　生年月日　　携帯　　　　　　　相談内容
乙部 千尋　　 S63.5.20　　090-2214-7730　　 配偶者の収入見込（パート増）
仲宗根 亜希　 S60.8.11　　080-6650-1192　　 長男のアルバイト収入
砂金 美和　　 H1.2.3　　　070-3308-4425　　 子の扶養の付け替え
飯干 亮介　　 S52.10.29　 090-8841-0057　　 別居の母への仕送り方法
王生 和樹　　 S61.1.6　　 080-1976-3364　　 妻の収入超過時期
栗原 さやか　 H3.7.25　　 090-5523-8810　　 夫の退職・失業給付

よろしくお願いします。
四十物
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded list of six employees with birth dates and mobile numbers: a forward is new text to the consultant",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "fuyoukakunin-072",
        "sender": YAGI,
        "to": [NABESHIMA],
        "subject": "Web回答システム操作説明会 参加者のご連絡",
        "charset": "utf-8",
        "body": """鍋島様

お世話になっております。八木沢です。
10月2日の操作説明会には、当社から下記3名が参加いたします。
当日つながらない場合は、各自の携帯にご連絡ください。

・八木沢 美穂（人事部）　090-6627-3018
・東海林 剛（人事部）　080-4419-2750
・四十物 千景（大阪支社 総務課）　070-5532-8841

どうぞよろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobile numbers: under five people, may be warned",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "fuyoukakunin-073",
        "sender": AIMONO,
        "to": [KASAI],
        "subject": "個別相談会 事前資料（大阪支社）",
        "charset": "shift_jis",
        "body": """葛西先生

お世話になっております。日の出産業 大阪支社の四十物です。
個別相談会の事前資料をお送りします。
社内ルールによりパスワード付きのZIPファイルでお送りいたします。
解凍用のパスワードは、この後別のメールでお知らせいたします。

当日はどうぞよろしくお願いいたします。
""" + SIG_AIMONO,
        "attachments": [{
            "kind": "zip",
            "name": "soudankai_osaka_1014.zip",
            "password": "Osk-1014-soudan",
            "files": [
                {"kind": "docx", "name": "相談票_大阪支社.docx",
                 "paragraphs": ["個別相談会 相談票", "乙部 千尋：配偶者の収入見込", "砂金 美和：子の扶養の付け替え"]},
                {"kind": "pdf", "name": "課税証明書_写し.pdf",
                 "lines": ["令和８年度 課税証明書（写）", "王生 沙織　給与収入 1,452,000円"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (password to follow by separate mail) cannot be inspected",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "fuyoukakunin-074",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "返信用封筒の追加送付のお願い",
        "charset": "shift_jis",
        "body": """検認事務局 御中

いつもお世話になっております。日の出産業の八木沢です。

調書返送用の封筒（料金受取人払）が不足してまいりました。
恐れ入りますが、追加で５０枚お送りいただけますでしょうか。

　送付先：〒105-0013 東京都港区浜松町2-4-1 日の出ビル8F
　　　　　日の出産業株式会社 人事部 給与厚生グループ 八木沢 宛

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "supplies request with the company's own office address only",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "fuyoukakunin-075",
        "sender": SHOJI,
        "to": [KENIN],
        "subject": "60歳以上の被扶養者で収入基準180万円を適用する方（3名）",
        "charset": "utf-8",
        "body": """検認事務局 ご担当者様

お世話になっております。東海林です。
60歳未満ですが障害年金を受給しているため180万円基準となる方、
および要介護認定を受けていて仕送り額の判定に配慮が必要な方を、Excelにまとめました。
審査の際にご参照ください。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "180万円基準_適用者.xlsx",
            "sheets": {
                "適用者": [
                    ["180万円基準 適用者一覧（日の出産業）"],
                    ["被保険者", "被扶養者", "続柄", "生年月日", "年金の種類", "障害・介護の状況", "年間収入"],
                    ["一寸木 徹", "一寸木 湧", "長男", "2006/04/04", "なし", "療育手帳B（知的障害）", 0],
                    ["釘宮 沙耶", "釘宮 洋平", "夫", "1985/07/07", "障害厚生年金2級", "統合失調症で通院中", 1190000],
                    ["左右田 健", "左右田 房江", "母", "1948/07/21", "老齢・遺族年金", "要介護3（認知症）", 1750000],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three named dependants with disability, mental illness and care level: sensitive data even under five people",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "fuyoukakunin-076",
        "sender": AIMONO,
        "to": [YAGI, SHOJI],
        "subject": "大阪支社分 課税証明書の転記結果",
        "charset": "iso-2022-jp",
        "body": """八木沢さん、東海林さん

お疲れさまです。大阪支社 四十物です。
支社分の課税証明書を転記しました。原本は明日の社内便で本社へ送ります。

【１】乙部 大樹（乙部 千尋さんの夫）
　　　大阪府豊中市緑丘３丁目９－１４　／　Ｓ６２．９．３生　／　給与収入 1,420,800円
【２】仲宗根 陸（仲宗根 亜希さんの長男）
　　　大阪府吹田市千里山東２－１１－６　／　Ｈ２１．１．２２生　／　給与収入 1,590,000円
【３】飯干 キヨ（飯干 亮介さんの母）
　　　宮崎県日向市大字財光寺１１８７－３　／　Ｓ２２．１１．３０生　／　年金収入 1,320,000円
【４】王生 沙織（王生 和樹さんの妻）
　　　兵庫県尼崎市塚口本町４－７－１９　／　Ｈ２．３．１５生　／　給与収入 1,452,000円
【５】砂金 紬（砂金 美和さんの長女）
　　　大阪府堺市北区長曽根町１１２０－５　／　Ｈ２４．７．７生　／　収入なし

【１】【２】【４】は基準超えの可能性があります。ご確認ください。
四十物
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "five dependants' addresses and incomes, internal recipients only",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "fuyoukakunin-077",
        "sender": AIMONO,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "Re: 【TS-2026-08817】個人番号チェックデジットエラーの件",
        "charset": "shift_jis",
        "body": """ツバサシステム株式会社
サポートデスク ご担当者様

お世話になっております。日の出産業 大阪支社の四十物です。
ご回答ありがとうございます。
ご指示のとおり、エラーが発生した取込ファイルを添付いたします。
１０件すべてが同じエラーで取り込めておりません。

お手数ですが、ご確認をお願いいたします。
""" + SIG_AIMONO,
        "attachments": [{
            "kind": "csv",
            "name": "扶養親族_個人番号_取込_大阪.csv",
            "encoding": "cp932",
            "rows": [
                ["社員コード", "社員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号"],
                ["40217", "乙部 千尋", "乙部 大樹", "夫", "1987/09/03", my_number(SEED + 13)],
                ["40217", "乙部 千尋", "乙部 陽菜", "長女", "2009/04/27", my_number(SEED + 14)],
                ["40388", "仲宗根 亜希", "仲宗根 陸", "長男", "2009/01/22", my_number(SEED + 15)],
                ["40412", "砂金 美和", "砂金 紬", "長女", "2012/07/07", my_number(SEED + 16)],
                ["40412", "砂金 美和", "砂金 陽太", "長男", "2015/03/19", my_number(SEED + 17)],
                ["40530", "飯干 亮介", "飯干 キヨ", "母", "1947/11/30", my_number(SEED + 18)],
                ["40601", "王生 和樹", "王生 沙織", "妻", "1990/03/15", my_number(SEED + 19)],
                ["40601", "王生 和樹", "王生 湊斗", "長男", "2018/12/02", my_number(SEED + 20)],
                ["40755", "栗原 さやか", "栗原 拓真", "夫", "1989/06/14", my_number(SEED + 21)],
                ["40755", "栗原 さやか", "栗原 芽衣", "長女", "2020/05/05", my_number(SEED + 22)],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of ten dependants with My Numbers sent to the vendor's support desk",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "fuyoukakunin-078",
        "sender": YAGI,
        "to": [MITARAI],
        "subject": "配偶者の収入見込の変更について（帷子さん）",
        "charset": "utf-8",
        "body": """御手洗様

お世話になっております。日の出産業の八木沢です。
審査で「保留」となっていた帷子 雅彦さんの奥さま（帷子 里美さん）の件です。

奥さまは現在妊娠中で、12月末でパートを退職される予定とのことです。
来年の収入見込はほぼゼロになるため、継続認定としていただけないでしょうか。
退職証明書は退職後に提出いただく予定です。
""" + SIG_YAGI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named spouse's pregnancy: health-related, but arguably not medical history or diagnosis",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "fuyoukakunin-079",
        "sender": YAGI,
        "to": [KENPO],
        "subject": "在学証明書 追加提出（２名分）",
        "charset": "iso-2022-jp",
        "body": """東日本機械工業健康保険組合
適用グループ 御中

お世話になっております。日の出産業の八木沢です。
先日未着となっておりました在学証明書２名分を、本日郵送いたしました。

　・蓬莱 莉子（蓬莱 克也さんの長女）平成１７年１０月１２日生　白鷺医療短期大学
　・一寸木 湧（一寸木 徹さんの長男）平成１８年４月４日生　北陽大学

これで当社分の在学証明書はすべて提出済みとなります。
よろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two students' names and birth dates: under five people, may be warned",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "fuyoukakunin-080",
        "sender": IOKIBE,
        "to": ["白川法律事務所 白川 先生 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "離婚協議中の社員の子の扶養について（ご相談）",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の五百旗頭です。

離婚協議中の社員から、お子さまの健康保険の扶養について相談を受けております。
現在お子さまは当社社員（父）の被扶養者ですが、母親と同居しており、
母親側の代理人から扶養の付け替えを求める書面が届きました。

　社員　　：東雲 航平（技術部）
　子　　　：東雲 朔（平成１９年６月３０日生、母と同居）

親権が確定する前に会社が扶養削除に応じてよいか、法的な留意点をご教示ください。
書面の写しは別途郵送いたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "shirakawa-law.co.jp is a look-alike (co. added) of the partner law firm's shirakawa-law.jp",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "fuyoukakunin-081",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "督促状の送付先一覧（Word）",
        "charset": "utf-8",
        "body": """検認事務局 ご担当者様

お世話になっております。八木沢です。
督促状を自宅へ郵送いただく方の一覧を、Wordの表でお送りします。
長期出張・休職中で社内便が届かない方です。
""" + SIG_YAGI,
        "attachments": [{
            "kind": "docx",
            "name": "督促状送付先一覧.docx",
            "paragraphs": ["督促状 自宅送付先一覧（令和8年10月12日）",
                           "※ 郵送後は本一覧を破棄してください。"],
            "tables": [[
                ["No.", "氏名", "〒", "住所", "携帯電話"],
                ["1", "廿日出 修", "143-0015", "東京都大田区大森西4-12-9", "090-3381-6024"],
                ["2", "蓬莱 克也", "272-0021", "千葉県市川市八幡2-15-3 パークハイツ305", "080-5527-0139"],
                ["3", "鵜飼 智史", "211-0063", "神奈川県川崎市中原区小杉町1-403-2108", "070-1846-3390"],
                ["4", "比嘉 康平", "903-0807", "沖縄県那覇市首里石嶺町2-144", "090-7712-4458"],
                ["5", "麹谷 健太", "330-0062", "埼玉県さいたま市浦和区仲町3-8-21", "090-6035-2177"],
                ["6", "汐見 玲奈", "158-0094", "東京都世田谷区玉川3-20-1-602", "080-3357-1904"],
                ["7", "漆畑 大地", "420-0857", "静岡県静岡市葵区御幸町9-1", "090-1150-6673"],
                ["8", "糸数 まどか", "901-2223", "沖縄県宜野湾市大山7-10-18", "080-9918-2205"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of eight employees' home addresses and mobile numbers sent outside",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "fuyoukakunin-082",
        "sender": IOKIBE,
        "to": ["刀祢 様 <tone@higashi-kikai-kenpo.or.jp>"],
        "subject": "組合会 議事録受領のお礼",
        "charset": "shift_jis",
        "body": """東日本機械工業健康保険組合
刀祢様

いつもお世話になっております。日の出産業の五百旗頭です。
先日の組合会の議事録をお送りいただき、ありがとうございました。
事業主側議員の確認欄に押印のうえ、本日返送いたしました。

来年度の保険料率（９．８％据え置き）と、被扶養者向け特定健診の受診率向上策について、
社内の衛生委員会でも共有させていただきます。
今後ともよろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary thank-you mail to the insurance society",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "fuyoukakunin-083",
        "sender": IOKIBE,
        "to": [KASAI],
        "subject": "【取扱注意】扶養手当見直しに伴う人件費影響試算",
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　区分：取扱注意（人事部・経営企画部限り）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

葛西先生

お世話になっております。五百旗頭です。
家族手当見直しの経過措置を検討するにあたり、人件費への影響を試算しました。
経過措置の期間（２年／３年）による不利益変更の程度について、ご意見を伺えますでしょうか。

　　　　　　　　　　現行　　　　　３年経過措置　　２年経過措置
配偶者手当　　　　　7,800万円　　　5,200万円　　　 3,900万円
子の手当　　　　　 16,300万円　　 20,400万円　　　20,400万円
父母の手当　　　　　 900万円　　　　 900万円　　　　 900万円
合計　　　　　　　 25,000万円　　 26,500万円　　　25,200万円

※ 対象者数は令和８年４月時点（配偶者 78名、子 136名、父母 15名）
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself carries a 取扱注意 classification banner, sent to an external consultant",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "fuyoukakunin-084",
        "sender": IOKIBE,
        "to": [RELO],
        "subject": "Re: NDA renewal for the assignee family services",
        "charset": "utf-8",
        "body": """Dear Hannah,

Thank you for sending the draft renewal of our non-disclosure agreement.
Our legal team has two comments:

 - Clause 4 (Confidential Information): please add that information on family members'
   health, which you might receive from employees, must be returned or deleted at the end
   of each assignment.
 - Clause 9 (Term): we would prefer three years instead of five.

If these are acceptable, we can sign electronically by the end of the month.

Best regards,
Makoto
""" + SIG_IOKIBE + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA and its confidentiality clause, with the standard disclaimer: no marking",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "fuyoukakunin-085",
        "sender": YAGI,
        "to": [KENPO],
        "subject": "追加書類提出者一覧（第２便）",
        "charset": "iso-2022-jp",
        "body": """東日本機械工業健康保険組合
適用グループ 御中

お世話になっております。日の出産業の八木沢です。
ご指示いただいた追加書類を、第２便として本日郵送いたしました。
同封分は下記のとおりです。

被保険者　　　被扶養者　　　続柄　生年月日　　　　　　提出書類
－－－－－－　－－－－－－　－－　－－－－－－－－－　－－－－－－－－－－
石神井　誠　　石神井　良子　妻　　昭和５５年８月１４日　給与明細（３か月）
五十嵐　仁　　五十嵐　由美　妻　　昭和５３年２月２７日　雇用契約書の写し
月見里　悟　　月見里　綾　　妻　　昭和６１年１２月５日　非課税証明書
一寸木　徹　　一寸木　トミ　母　　昭和２１年３月１８日　年金振込通知書
東雲　航平　　東雲　秀夫　　父　　昭和２７年９月１７日　住民票（世帯全員）
釘宮　沙耶　　釘宮　洋平　　夫　　昭和６０年７月７日　　源泉徴収票

ご査収のほどよろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "full-width padded table of six dependants with 和暦 birth dates sent to the insurance society",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "fuyoukakunin-086",
        "sender": YAGI,
        "to": ["鷲尾 孝 <t.washio1958@gmail.com>"],
        "subject": "Re: 任意継続の保険料納付書について",
        "charset": "utf-8",
        "body": """鷲尾様

ご無沙汰しております。人事部の八木沢です。
お問い合わせの件、健保に確認いたしました。

11月分の納付書は10月20日に健保からご自宅へ発送済みとのことです。
届いていない場合は、健保 適用グループ（03-5219-4461）へ直接ご連絡いただければ、
再発行していただけます。口座振替への切替もそちらで受け付けているそうです。

どうぞよろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one former employee's free-mail address with general information",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "fuyoukakunin-087",
        "sender": YAGI,
        "to": [KENIN],
        "subject": "社内説明会資料（記入例入り）のご確認",
        "charset": "utf-8",
        "body": """検認事務局 ご担当者様

お世話になっております。八木沢です。
社内説明会で使うスライドを作成しました。
記入例のページがわかりやすいか、事務局の目線でご確認いただけますか。
""" + SIG_YAGI,
        "attachments": [{
            "kind": "pptx",
            "name": "扶養確認_社内説明会_R8.pptx",
            "title": "令和8年度 被扶養者資格確認 社内説明会",
            "slides": [
                ["令和8年度 被扶養者資格確認について", "人事部 給与厚生グループ", "2026年9月"],
                ["スケジュール", "9/4 調書配付", "9/25 社内締切", "10/16 健保へ提出"],
                ["調書の記入例",
                 "被保険者：記号 3102　番号 63　帷子 雅彦",
                 "被扶養者：帷子 里美（妻）昭和59年1月17日生",
                 "基礎年金番号（第3号）：6140-218835",
                 "年間収入見込：1,420,000円（パート）"],
                ["よくある不備", "給与明細が3か月分そろっていない", "仕送りが手渡し", "署名漏れ"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "the sample slide uses a real employee's insurance 記号・番号 and the spouse's 基礎年金番号",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "fuyoukakunin-088",
        "sender": YAGI,
        "to": ["人事部 給与厚生G <jinji-kousei@hinode-sangyo.co.jp>", AIMONO],
        "subject": "社内説明会スライド（修正版）",
        "charset": "utf-8",
        "body": """皆さん

お疲れさまです。八木沢です。
説明会スライドの修正版です。記入例は架空の人物に差し替えました。
大阪支社の説明会でも同じものを使ってください。

八木沢
""",
        "attachments": [{
            "kind": "pptx",
            "name": "扶養確認_社内説明会_R8_v2.pptx",
            "slides": [
                ["令和8年度 被扶養者資格確認について", "人事部 給与厚生グループ"],
                ["提出が必要な書類", "配偶者：課税証明書 または 給与明細3か月分",
                 "16歳以上の子：在学証明書 または 学生証の写し", "別居の家族：仕送りの振込控え3か月分"],
                ["認定基準（年収）", "原則：130万円未満", "60歳以上・障害年金受給者：180万円未満",
                 "19歳以上23歳未満（配偶者を除く）：150万円未満"],
                ["問い合わせ先", "人事部 給与厚生G 内線2184"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal mail with a slide deck that has no personal data",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "fuyoukakunin-089",
        "sender": SHOJI,
        "to": ["Vikram Raman <vikram.raman.jp@gmail.com>",
               "Daniel Okafor <dan.okafor.tokyo@gmail.com>",
               "Nguyen Van Minh <minh.nguyenvan88@gmail.com>"],
        "subject": "Reminder: dependant verification forms due 25 September",
        "charset": "utf-8",
        "body": """Dear colleagues,

This is a friendly reminder from HR that the annual dependant verification forms
of the health insurance society are due on Friday, 25 September.

If your family members are enrolled as dependants, please return the form with:
 - your spouse's income certificate (or the last three payslips), and
 - proof of remittance for family members living abroad.

English instructions are on the intranet (HR > Benefits > Dependants).
We are writing to your private addresses because you are currently travelling.

Best regards,
Tsuyoshi Shoji
HR - Payroll & Benefits, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private persons (all on gmail.com) visible to each other in To",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "fuyoukakunin-090",
        "sender": YAGI,
        "to": ["左右田 健 <soda.ken.1969@gmail.com>"],
        "subject": "ご家族向け 契約健診機関（東京23区・抜粋）",
        "charset": "utf-8",
        "body": """左右田さん

人事部の八木沢です。お母さまの健診先のお問い合わせの件、
ご自宅近くの契約健診機関を抜粋してお送りします。予約は各機関へ直接お願いします。

機関名,所在地,電話,受付時間
関東メディカルクリニック浜松町,東京都港区浜松町1-18-5,03-5401-8830,8:30-16:00
蒲田中央健診センター,東京都大田区西蒲田7-44-2,03-3731-2215,8:00-15:30
大森ウェルネスクリニック,東京都大田区大森北1-6-11,03-5763-4108,9:00-16:30
品川シーサイド総合健診,東京都品川区東品川4-12-8,03-6711-9420,8:30-15:00
五反田ヘルスケアプラザ,東京都品川区西五反田2-27-3,03-3490-6672,9:00-17:00

補助券は健保Webサイトから印刷できます。
""" + SIG_YAGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a list of clinics (businesses, not people) to one free-mail recipient",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "fuyoukakunin-091",
        "sender": SHOJI,
        "to": ["みどり銀行 浜松町支店 法人窓口 <hamamatsucho-hojin@midori-ginko.co.jp>"],
        "subject": "家族手当 臨時振込データ（１２月１０日振込分）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 浜松町支店
法人窓口 ご担当者様

いつもお世話になっております。日の出産業 人事部の東海林です。
扶養確認の結果、家族手当の追給が生じた社員分の臨時振込をお願いいたします。
振込データをExcelにてお送りします。総合振込の依頼書は別途お持ちいたします。

よろしくお願いいたします。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "家族手当_臨時振込_1210.xlsx",
            "sheets": {
                "振込明細": [
                    ["家族手当 臨時振込明細（振込指定日 2026/12/10）"],
                    ["社員番号", "受取人名(カナ)", "銀行", "支店", "種目", "口座番号", "金額"],
                    ["19852", "キトウ ハヤト", "みどり銀行", "浜松町", "普通", "3318420", 30000],
                    ["20315", "タカナシ ヒナタ", "みどり銀行", "品川", "普通", "1027765", 30000],
                    ["21507", "ホウライ カツヤ", "東都信用金庫", "市川", "普通", "0459982", 15000],
                    ["22093", "ウカイ サトシ", "みどり銀行", "武蔵小杉", "普通", "5501236", 10000],
                    ["23102", "シャクジイ マコト", "みどり銀行", "石神井公園", "普通", "2284017", 45000],
                    ["23377", "シノノメ コウヘイ", "あおば銀行", "松本", "普通", "7730514", 15000],
                    ["24022", "カタビラ マサヒコ", "みどり銀行", "浜松町", "普通", "4821057", 60000],
                    ["24105", "イガラシ ジン", "みどり銀行", "船橋", "普通", "6648301", 30000],
                ],
                "集計": [["件数", 8], ["合計金額", 235000]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "XLSX of eight employees' bank accounts sent to the (partner) bank",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "fuyoukakunin-092",
        "sender": SHOJI,
        "to": [MITARAI],
        "subject": "FW: 長男の扶養継続について（診断内容）",
        "charset": "utf-8",
        "body": """御手洗様

お世話になっております。東海林です。
お電話でお話しした件、社員から届いたメールをそのまま添付いたします。
23歳を超えても就労できない事情として、ご判断の材料にしていただければと存じます。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "eml",
            "name": "長男の扶養継続について.eml",
            "message": {
                "sender": "一寸木 徹 <chokki.toru@hinode-sangyo.co.jp>",
                "to": ["東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>"],
                "subject": "長男の扶養継続について",
                "charset": "iso-2022-jp",
                "body": """東海林さん

品質保証部の一寸木です。長男のことでご相談です。

長男の湧（平成１８年４月４日生）は、高校２年のときにクローン病と診断され、
指定難病の医療受給者証を持っています。入退院を繰り返しているため大学は休学中で、
来年度以降もアルバイトを含めて就労は難しいと主治医から言われています。

来年以降も私の扶養のままでいられるでしょうか。
診断書が必要であれば取り寄せます。

一寸木
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "attached forwarded mail names a child with an intractable disease, sent to the insurance society",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "fuyoukakunin-093",
        "sender": SHOJI,
        "to": ["刀祢 様 <tone@higashi-kikai-kenpo.or.jp>"],
        "subject": "RE: 特定健診（被扶養者）未受診者のお知らせ",
        "charset": "shift_jis",
        "body": """刀祢様

お世話になっております。日の出産業の東海林です。
未受診者のご連絡ありがとうございます。
ご家族への受診勧奨のため、社員本人へ案内文を配付いたします。
配付後、結果をご報告いたします。

東海林

差出人: 刀祢 <tone@higashi-kikai-kenpo.or.jp>
送信日時: 2026年11月2日 14:05
宛先: 東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>
件名: 特定健診（被扶養者）未受診者のお知らせ

日の出産業株式会社 東海林様

東日本機械工業健保 保健事業グループの刀祢です。
40歳以上の被扶養者のうち、今年度の特定健診が未受診の方は以下のとおりです。

被保険者　　　被扶養者　　　　生年月日
薬師寺 奈緒　 薬師寺 航　　　S54.11.2
帷子 雅彦　　 帷子 里美　　　S59.1.17
左右田 健　　 左右田 房江　　S23.7.21
石神井 誠　　 石神井 良子　　S55.8.14
五十嵐 仁　　 五十嵐 由美　　S53.2.27
一寸木 徹　　 一寸木 トミ　　S21.3.18

受診勧奨にご協力をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list sits only under the quoted 差出人/送信日時 header of the recipient's own mail",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "fuyoukakunin-094",
        "sender": SHOJI,
        "to": [KASAI],
        "subject": "扶養控除等異動申告書（中途入社者）の確認依頼",
        "charset": "utf-8",
        "body": """葛西先生

お世話になっております。東海林です。
中途入社のグエンさんの扶養控除等（異動）申告書をPDFにしました。
国外居住親族の記載方法に誤りがないか、ご確認をお願いいたします。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "pdf",
            "name": "扶養控除等異動申告書_グエン.pdf",
            "title": "令和8年分 扶養控除等（異動）申告書",
            "lines": [
                "令和8年分 給与所得者の扶養控除等（異動）申告書",
                "氏名：グエン・ヴァン・ミン　住所：神奈川県相模原市南区上鶴間本町3-2-15 コーポ鶴間203",
                f"本人 個人番号：{_sp(my_number(SEED + 23))}",
                "",
            ],
            "table": [
                ["区分", "氏名", "続柄", "生年月日", "個人番号", "非居住者"],
                ["配偶者", "グエン・ティ・ラン", "妻", "1995/03/02", _sp(my_number(SEED + 24)), "－"],
                ["扶養親族", "グエン・ヴァン・ハイ", "父", "1963/07/15", _sp(my_number(SEED + 25)), "○（ベトナム）"],
                ["扶養親族", "チャン・ティ・マイ", "母", "1966/01/28", _sp(my_number(SEED + 26)), "○（ベトナム）"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF tax form with four My Numbers sent to the external consultant",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "fuyoukakunin-095",
        "sender": IOKIBE,
        "to": [YAGI, SHOJI],
        "cc": ["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】扶養削除に伴う家族手当返還対象者",
        "charset": "iso-2022-jp",
        "body": """八木沢さん、東海林さん

社外秘
本メールは人事部内限りとしてください。

今回の調査で遡及削除となり、家族手当の返還が生じる方の一覧です。
部長了承済みのため、来週中に本人へ個別に説明をお願いします。

　氏名　　　　所属　　　　　返還対象期間　　　　返還額
　汐見 玲奈　営業一部　　　Ｒ８．８～Ｒ８．１０　　３０，０００円
　仲宗根 亜希　大阪支社　　Ｒ８．９～Ｒ８．１０　　２０，０００円
　鵜飼 智史　技術部　　　　Ｒ８．７～Ｒ８．１０　　２０，０００円
　廿日出 修　営業二部　　　Ｒ８．１０　　　　　　　１０，０００円
　栗花落 誠一　物流センター　Ｒ８．４～Ｒ８．１０　７０，０００円

給与からの控除には本人の同意書が必要です。様式は東海林さんが用意してください。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "marked 社外秘 and lists five employees, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "fuyoukakunin-096",
        "sender": YAGI,
        "to": [NABESHIMA],
        "subject": "仕送り証明（振込控え）のスキャンデータ",
        "charset": "iso-2022-jp",
        "body": """鍋島様

お世話になっております。八木沢です。
別居のご家族への仕送り証明（振込控え）をスキャンしてＰＤＦにまとめました。
原本は各自で保管しているため、こちらで審査をお願いいたします。
""" + SIG_YAGI,
        "attachments": [{"kind": "corrupt", "name": "shiokuri_scan_1009.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "fuyoukakunin-097",
        "sender": SHOJI,
        "to": [KASAI],
        "subject": "別居の親を扶養している社員（住所・仕送り額）",
        "charset": "utf-8",
        "body": """葛西先生

お世話になっております。東海林です。
別居の親を扶養している社員の一覧です。仕送り額が親の収入を上回っているかの確認をお願いします。

百目鬼 亮 → 母 百目鬼 トシ子 / 栃木県宇都宮市今泉町2丁目18-6 / 月8万円 / 年金156万円
飯干 亮介 → 母 飯干 キヨ / 宮崎県日向市大字財光寺1187-3 / 月5万円 / 年金132万円
石動 正道 → 母 石動 ミツ / 富山県小矢部市石動町14-22 / 月6.5万円 / 年金118万円（7月から同居）
東雲 航平 → 父 東雲 秀夫 / 長野県松本市大字島内4210-8 / 月5.5万円 / 年金161万円
鵜飼 智史 → 母 鵜飼 ハル / 静岡県浜松市中央区高丘西3-25-1 / 月7万円 / 年金194万円

東海林
""",
        "html": """<html><body>
<p>葛西先生</p>
<p>お世話になっております。東海林です。<br>別居の親を扶養している社員の一覧です。仕送り額が親の収入を上回っているかの確認をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>社員</th><th>扶養者</th><th>住所</th><th>仕送り(月)</th><th>年金(年)</th></tr>
<tr><td>百目鬼 亮</td><td>母 百目鬼 トシ子</td><td>栃木県宇都宮市今泉町2丁目18-6</td><td>8万円</td><td>156万円</td></tr>
<tr><td>飯干 亮介</td><td>母 飯干 キヨ</td><td>宮崎県日向市大字財光寺1187-3</td><td>5万円</td><td>132万円</td></tr>
<tr><td>石動 正道</td><td>母 石動 ミツ</td><td>富山県小矢部市石動町14-22</td><td>6.5万円</td><td>118万円（7月から同居）</td></tr>
<tr><td>東雲 航平</td><td>父 東雲 秀夫</td><td>長野県松本市大字島内4210-8</td><td>5.5万円</td><td>161万円</td></tr>
<tr><td>鵜飼 智史</td><td>母 鵜飼 ハル</td><td>静岡県浜松市中央区高丘西3-25-1</td><td>7万円</td><td>194万円</td></tr>
</table>
<p>東海林</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five parents' home addresses and pension incomes (text and HTML) sent to the consultant",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "fuyoukakunin-098",
        "sender": YAGI,
        "to": [MITARAI],
        "subject": "調書 提出日の一覧（本社・遅延分）",
        "charset": "shift_jis",
        "body": """御手洗様

お世話になっております。八木沢です。
期限後に提出のあった調書について、社内の受付日をお知らせします。
審査の受付日として扱っていただけますと助かります。

被保険者番号　　社内受付日　　被扶養者数
3102-115　　　　10/19　　　　　1
3102-144　　　　10/20　　　　　1
3102-152　　　　10/22　　　　　1
3102-167　　　　10/22　　　　　2
3102-240　　　　10/23　　　　　1
3102-251　　　　10/26　　　　　3

よろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "either",
        "entities": ["JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "six insurance 記号-番号 with dates only, no names, sent to the insurer that issued them: identifiers or mere reference numbers",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "fuyoukakunin-099",
        "sender": SHOJI,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【障害報告】扶養控除申告書の電子配付画面が表示されない",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
サポートデスク ご担当者様

お世話になっております。日の出産業の東海林です。
本日11時ごろから、社員向けポータルの「扶養控除等申告書」画面が
「503 Service Unavailable」となり表示されない障害が発生しています。

　発生日時：2026年11月4日 11:05ごろ～（継続中）
　影響範囲：全社員（約1,400名）
　ブラウザ：Edge / Chrome いずれも同様
　その他　：管理者画面は正常に表示される

申告の締切が迫っているため、復旧見込みをご連絡いただけますでしょうか。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a system outage report (障害 = outage, not disability), no personal data",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "fuyoukakunin-100",
        "sender": YAGI,
        "to": [KENIN],
        "cc": ["東海林 剛 <shoji.tsuyoshi@hinode-sangyo.com>"],
        "subject": "審査保留2件の追加資料について",
        "charset": "utf-8",
        "body": """検認事務局 ご担当者様
（cc：当社 東海林）

お世話になっております。八木沢です。
審査保留となっている2件について、追加資料の提出予定をお知らせします。

1. 帷子 里美 様（昭和59年1月17日生、被保険者 帷子 雅彦）
   → 10月分の給与明細を11月10日までに提出
2. 東雲 秀夫 様（昭和27年9月17日生、被保険者 東雲 航平）
   → 住民票（世帯全員）を10月30日までに提出

よろしくお願いいたします。
""" + SIG_YAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "multiple_external_domains", "personal_data"],
        "note": "the colleague in Cc is at hinode-sangyo.com, a TLD-swap look-alike of the own domain",
    },
]
