"""Blind evaluation corpus, area "harassment": the mail of Hinode Sangyo's harassment hotline
and investigations (complaints and their acknowledgement, interview scheduling, outside
counsel, outside investigators and interpreters, disciplinary decisions and the paperwork
after them, insurers, EAP and support for the people who reported, hotline vendors,
training and statistics), written blind from bench/blind/BRIEF.md and the public
SPEC.md only, without reading mailguard's code or the other corpus files."""

from build import card_number, my_number

SEED = 53001

_SIG_NAGUMO = """--
日の出産業株式会社
コンプライアンス推進室　南雲 千晴（なぐも ちはる）
〒105-0014 東京都港区芝二丁目14番5号 日の出ビル7F
TEL 03-5440-7712（直通）／ FAX 03-5440-7790
nagumo.chiharu@hinode-sangyo.co.jp"""

_SIG_KIRYU = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 労務課
桐生 達也 Tatsuya Kiryu
TEL:03-5440-7650  内線 2318
Mail:kiryu.tatsuya@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

_SIG_MAKABE = """----------------------------------------------
日の出産業株式会社　法務部
真壁 玲奈
〒105-0014 東京都港区芝2-14-5
電話 03-5440-7730
----------------------------------------------"""

_DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "harassment-001",
        "charset": "iso-2022-jp",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "【ヒアリング日程】案件HC-2025-014 関係者聴取のご調整について",
        "body": """かなで調査株式会社
調査第二部　宇佐美 様

いつもお世話になっております。日の出産業 コンプライアンス推進室の南雲です。

先日ご依頼いたしました案件（HC-2025-014）につきまして、関係者ヒアリングの
対象者と連絡先を下記のとおりお知らせいたします。
各人には事前に調査へのご協力をお願いしてあり、御社から直接ご連絡いただく旨も
了承を得ております。日程は候補日（10/14〜10/17）の範囲でご調整ください。

No  氏名            所属                  携帯電話        メール
--  --------------  --------------------  --------------  ------------------------------------
1   篠塚 美和        第一営業部 主任        090-4418-2275   shinozuka.miwa@hinode-sangyo.co.jp
2   権堂 亘          第一営業部             080-2931-0568   gondo.wataru@hinode-sangyo.co.jp
3   漆間 奈緒子      第一営業部 課長代理    070-5582-4103   uruma.naoko@hinode-sangyo.co.jp
4   蔀 隆之          営業企画部             090-7720-3316   shitomi.takayuki@hinode-sangyo.co.jp
5   雲母 さやか      総務部 庶務課          080-6093-1147   kirara.sayaka@hinode-sangyo.co.jp
6   鰐淵 康平        第一営業部             090-3364-8829   wanibuchi.kohei@hinode-sangyo.co.jp
7   神尾 麻里        受付（派遣社員）       070-1245-9980   （社用アドレスなし）

※申告者・被申告者の聴取は別途、弊社同席のうえ実施させてください。

何卒よろしくお願いいたします。

""" + _SIG_NAGUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "seven witnesses' mobiles and e-mails in a padded table to the outside investigator: a list of people",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "harassment-002",
        "charset": "cp932",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["株式会社ことはホットライン 三浦様 <miura@kotoha-hotline.co.jp>"],
        "subject": "Re: 外部通報窓口サービス 契約更新のお見積りについて",
        "body": """株式会社ことはホットライン
営業部 三浦様

いつも大変お世話になっております。
日の出産業の南雲でございます。

外部通報窓口サービスの次年度契約更新につきまして、お見積書をお送りいただき
ありがとうございました。社内で確認いたしましたところ、以下2点について
ご相談させてください。

１．多言語対応オプション（英語・ベトナム語）を追加した場合の月額
２．通報受付後の一次報告を「3営業日以内」から「2営業日以内」に短縮した場合の
　　追加費用の有無

現行契約は来年3月末で満了となりますので、2月中旬までに稟議を回したいと
考えております。お忙しいところ恐縮ですが、ご回答をお願いいたします。

添付に、現行契約の条件を整理したものをお付けします。

""" + _SIG_NAGUMO,
        "attachments": [
            {"kind": "pdf", "name": "現行契約条件一覧.pdf", "title": "外部通報窓口 現行契約条件",
             "lines": ["外部通報窓口サービス 現行契約条件（日の出産業株式会社）", ""],
             "table": [["項目", "内容", "金額（税抜）"],
                       ["基本料金", "電話・Web・郵送受付 24時間365日", "月額 88,000円"],
                       ["通報対応", "1件あたり（一次報告書作成含む）", "15,000円"],
                       ["年次報告", "受付統計レポート", "年額 50,000円"],
                       ["契約期間", "2025年4月1日〜2026年3月31日", "-"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal and prices with the hotline vendor: ordinary business mail",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "harassment-003",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "ご相談：ハラスメント申告者の休業と安全配慮義務について",
        "body": """白川法律事務所
弁護士 能登 先生

いつもお世話になっております。日の出産業 法務部の真壁です。

先月ご相談しておりました物流部のパワーハラスメント事案について、状況に変化が
ありましたのでご報告とご相談です。

申告者である物流部 物流企画課の柚木 沙耶香さんから、本日付で診断書が
提出されました。診断名は「適応障害」、「約1か月間の休業加療を要する」との
記載があります。主治医の所見では、上司である課長からの叱責が継続していた
ことが発症の契機とされています。

つきましては、以下についてご意見をいただけますでしょうか。
・休業期間中の調査（本人聴取）の進め方と、主治医への照会の要否
・被申告者（課長）を調査期間中に配置転換することの可否
・労災申請があった場合に会社として留意すべき点

来週中に一度お打合せの時間を頂戴できれば幸いです。

""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named complainant's diagnosis (適応障害) sent to outside counsel: 要配慮個人情報 of one person",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "harassment-004",
        "charset": "iso-2022-jp",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "Re: ご相談：ハラスメント申告者の休業と安全配慮義務について",
        "body": """能登先生

早速のご回答ありがとうございます。
ご教示いただいた方針で、まずは書面による照会から進めます。
来週木曜15時のお打合せ、承知いたしました。弊社7階会議室でお待ちしております。

真壁

> 真壁様
>
> ご連絡ありがとうございます。
> 柚木様の診断書（適応障害・約1か月の休業加療）を前提にしますと、休業中の
> 本人聴取は主治医の許可を得たうえで、書面または短時間のオンラインに
> とどめるのが無難です。
> 課長の配置転換は、調査の公正確保のための暫定措置として合理的な範囲であれば
> 可能と考えます。
>
> 白川法律事務所 弁護士 能登
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the diagnosis appears only in the quoted text of counsel's own reply; the new text is a short acknowledgement",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "harassment-005",
        "charset": "utf-8",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["人事部 ご担当者様 <jinji@kawasaki-denki.co.jp>",
               "総務部 坂巻様 <sakamaki@aoba-unyu.co.jp>",
               "人事総務課 ご担当 <hr-soumu@kitaguni-foods.co.jp>",
               "労務グループ 朝比奈様 <asahina.t@minami-seiko.co.jp>",
               "管理本部 人事課 <jinji-ka@yamabiko-kensetsu.co.jp>"],
        "subject": "【ご案内】ハラスメント防止勉強会（第3回）開催のお知らせ",
        "body": """各社 人事ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部の桐生でございます。

昨年度より取引先各社様と合同で開催しておりますハラスメント防止勉強会の
第3回を、下記のとおり開催いたします。今回はカスタマーハラスメント対策を
テーマに、外部講師をお招きして事例研究を行います。

　日時：11月20日（木）14:00〜16:30
　会場：日の出産業 本社 7階 大会議室（東京都港区芝2-14-5）
　講師：ハルモニア研修株式会社 主任講師
　定員：各社2名まで
　申込：11月7日（金）までに本メールへご返信ください

ご多用中とは存じますが、ご参加をご検討いただけますと幸いです。

""" + _SIG_KIRYU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five external companies openly in To: they see each other, should have been Bcc",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "harassment-006",
        "charset": "cp932",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["藤村社会保険労務士事務所 藤村先生 <fujimura@fujimura-sr.jp>"],
        "subject": "資格喪失手続のご依頼（懲戒解雇者１名）",
        "body": """藤村社会保険労務士事務所
藤村 先生

いつもお世話になっております。日の出産業 人事部の桐生です。

先般ご相談しておりました懲戒事案につき、懲戒委員会の答申を経て、
10月31日付で下記社員を懲戒解雇といたしました。
つきましては、社会保険・雇用保険の資格喪失手続および離職票の作成を
お願いできますでしょうか。離職理由は「重責解雇」でお願いいたします。

【対象者】
　氏名　　　　　：鬼塚 秀明（おにづか ひであき）
　生年月日　　　：昭和６１年７月２２日
　住所　　　　　：神奈川県川崎市中原区木月住吉町１８－７－３０２
　基礎年金番号　：４１０２－８３６５９１
　雇用保険被保険者番号：５０１２－４４７８３１－６
　個人番号　　　：""" + my_number(SEED + 1) + """
　資格喪失日　　：令和７年１１月１日

健康保険証は本人から回収済みですので、追って郵送いたします。
何卒よろしくお願い申し上げます。

""" + _SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER",
                     "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "My Number and basic pension number of the dismissed employee to the labour consultant",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "harassment-007",
        "charset": "iso-2022-jp",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["星空監査法人 内部統制チーム 菅生様 <sugo@hoshizora-audit.jp>"],
        "subject": "内部通報制度の運用状況（上期）ご提出",
        "body": """星空監査法人
内部統制チーム 菅生様

お世話になっております。日の出産業 コンプライアンス推進室の大迫です。
ご依頼のありました内部通報制度の運用状況（上期）について、以下のとおり
ご報告いたします。個別事案の内容は含めておりません。

区分                    受付件数   調査実施   是正措置   対応中
----------------------  --------   --------   --------   ------
パワーハラスメント            9          7          4        2
セクシュアルハラスメント      3          3          2        0
マタニティハラスメント        1          1          1        0
その他の職場環境              5          2          1        1
法令・規程違反（ハラ以外）    4          4          2        2
----------------------  --------   --------   --------   ------
合計                         22         17         10        5

受付経路：社内窓口 13件／外部窓口（委託先）9件
匿名通報の割合：36%

ご不明点がございましたらお知らせください。

日の出産業株式会社
コンプライアンス推進室 室長　大迫 健吾
TEL 03-5440-7710
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated hotline statistics for the auditor, no individual cases: must go",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "harassment-008",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-1aw.jp>"],
        "subject": "弁明聴取の日程確定のご連絡",
        "body": """能登先生

いつもお世話になっております。日の出産業の真壁です。

製造部の件、被申告者である権藤 政志 課長の弁明聴取の日程が確定しましたので
ご連絡いたします。

　日時：11月5日（水）10:00〜11:30
　場所：本社7階 第3会議室
　同席：人事部長、法務部 真壁

先生にもオンラインでご同席いただけますと心強いのですが、ご都合いかがでしょうか。
Teamsの招待は別途お送りします。

よろしくお願いいたします。

""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "counsel's domain typed as shirakawa-1aw.jp (digit 1 for l): look-alike of the partner law firm",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "harassment-009",
        "charset": "cp932",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["ハルモニア研修 事務局 <jimukyoku@harmonia-kenshu.co.jp>"],
        "subject": "管理職向けハラスメント研修　受講者名簿の送付",
        "body": """ハルモニア研修株式会社
研修事務局 御中

お世話になっております。日の出産業 人事部の桐生です。

11月12日実施の「管理職向けハラスメント防止研修（eラーニング＋集合）」について、
受講者名簿をお送りいたします。eラーニングのID発行にご利用ください。
添付のCSVをご確認いただき、不備がございましたらご連絡ください。

""" + _SIG_KIRYU,
        "attachments": [
            {"kind": "csv", "name": "受講者名簿_管理職研修.csv", "encoding": "cp932",
             "rows": [["社員番号", "氏名", "フリガナ", "所属", "役職", "メールアドレス"],
                      ["H10233", "上遠野 誠", "カトオノ マコト", "第一営業部", "部長", "katono.makoto@hinode-sangyo.co.jp"],
                      ["H10418", "五百旗頭 由紀", "イオキベ ユキ", "経理部", "課長", "iokibe.yuki@hinode-sangyo.co.jp"],
                      ["H10521", "栗生 健太郎", "クリュウ ケンタロウ", "製造部 第二課", "課長", "kuryu.kentaro@hinode-sangyo.co.jp"],
                      ["H10577", "百目鬼 昌子", "ドウメキ マサコ", "品質保証部", "課長", "domeki.masako@hinode-sangyo.co.jp"],
                      ["H10602", "勅使河原 悟", "テシガワラ サトル", "物流部", "部長", "teshigawara.satoru@hinode-sangyo.co.jp"],
                      ["H10688", "古城 あずさ", "コジョウ アズサ", "人事部", "課長", "kojo.azusa@hinode-sangyo.co.jp"],
                      ["H10715", "畦地 剛", "アゼチ ツヨシ", "情報システム部", "課長", "azechi.tsuyoshi@hinode-sangyo.co.jp"],
                      ["H10749", "安曇 佳乃", "アズミ ヨシノ", "営業企画部", "課長代理", "azumi.yoshino@hinode-sangyo.co.jp"],
                      ["H10803", "樫村 洋平", "カシムラ ヨウヘイ", "大阪支店", "支店長", "kashimura.yohei@hinode-sangyo.co.jp"],
                      ["H10866", "真栄田 亮", "マエダ リョウ", "名古屋支店", "課長", "maeda.ryo@hinode-sangyo.co.jp"],
                      ["H10912", "砂押 千鶴", "スナオシ チヅル", "総務部", "部長", "sunaoshi.chizuru@hinode-sangyo.co.jp"],
                      ["H10955", "廿楽 光男", "ツヅラ ミツオ", "製造部 第一課", "課長", "tsuzura.mitsuo@hinode-sangyo.co.jp"]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV of twelve employees (number, name, kana, e-mail) to the training vendor: a list of people",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "harassment-010",
        "charset": "iso-2022-jp",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["立花 講師 <tachibana.m@harmonia-kenshu.co.jp>"],
        "subject": "11/12 研修当日の進行について",
        "body": """ハルモニア研修株式会社
立花 先生

いつもお世話になっております。日の出産業の桐生です。

11月12日（水）の管理職向け研修について、当日の段取りをお送りします。

　13:00　会場設営（本社7階 大会議室、プロジェクター・マイク2本手配済み）
　13:30　受付開始
　14:00　開講・人事部長挨拶（5分）
　14:05　講義「パワハラの6類型と指導の境界線」
　15:30　休憩
　15:40　グループワーク（事例検討 3題）
　16:50　質疑応答・アンケート記入
　17:00　終了

受講予定は約60名です。配布資料は前日までにPDFでお送りいただければ、
こちらで人数分印刷いたします。
当日の連絡先は私の携帯（090-2287-6614）までお願いします。

""" + _SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "running order for a training session; only the sender's own mobile: ordinary mail",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "harassment-011",
        "charset": "utf-8",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>"],
        "subject": "調査報告書（案）のご確認のお願い（HC-2025-009）",
        "body": """白川法律事務所
白川 先生

お世話になっております。日の出産業 コンプライアンス推進室の大迫です。

HC-2025-009の調査報告書（案）がまとまりましたので、添付にてお送りします。
事実認定の表現と、懲戒処分の相当性に関する記載について、法的観点から
ご確認いただけますでしょうか。
懲戒委員会を11月下旬に予定しているため、11月14日頃までにコメントを
いただけますと助かります。

大迫
""",
        "attachments": [
            {"kind": "docx", "name": "調査報告書_HC-2025-009_案.docx",
             "page_header": "社外秘", "title": "調査報告書（案）",
             "paragraphs": ["調査報告書（案）", "案件番号：HC-2025-009",
                            "1. 申告の概要", "申告者A（営業部所属）は、上司B（課長）から会議の場で繰り返し"
                            "人格を否定する発言を受けたと申告した。",
                            "2. 調査の方法", "関係者5名からの聴取、メール及びチャット記録の確認。",
                            "3. 認定した事実", "Bは2025年6月から8月にかけて、少なくとも4回、部内会議において"
                            "Aに対し「給料泥棒」等の発言をした。",
                            "4. 評価", "上記発言は業務上必要かつ相当な範囲を超えた精神的な攻撃に該当する。",
                            "5. 再発防止策", "部内会議の運営見直し、管理職研修の受講。"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached report carries a 社外秘 page header; parties are anonymised (A, B)",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "harassment-012",
        "charset": "cp932",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "秘密保持契約書（案）の送付",
        "body": """かなで調査株式会社
宇佐美様

お世話になっております。日の出産業 法務部の真壁です。

ハラスメント事案の外部調査業務委託に先立ち、秘密保持契約書の弊社案を
お送りします。調査で取得する個人情報の取扱い（第4条）と、調査終了後の
資料の返還・廃棄（第7条）について、弊社規程に合わせた内容としています。

ご確認のうえ、修正のご希望があれば変更履歴付きでお戻しください。
締結は電子契約（クラウドサイン）を予定しております。

""" + _SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_かなで調査様_弊社案.docx",
             "title": "秘密保持契約書",
             "paragraphs": ["秘密保持契約書",
                            "日の出産業株式会社（以下「甲」という。）とかなで調査株式会社（以下「乙」という。）は、"
                            "甲が乙に委託するハラスメント事案の調査業務に関し、次のとおり契約を締結する。",
                            "第1条（目的）本契約は、本件業務に関して相互に開示される機密情報の取扱いを定める。",
                            "第2条（機密情報）本契約において機密情報とは、開示の方法を問わず、本件業務に関して"
                            "開示された一切の情報をいう。",
                            "第4条（個人情報）乙は、本件業務により取得した個人情報を本件業務の目的以外に利用しない。",
                            "第7条（返還及び廃棄）乙は、本件業務終了後30日以内に資料を返還又は廃棄し、その旨を書面で通知する。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with its draft; 機密情報 appears as a defined term, not as a marking",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "harassment-013",
        "charset": "iso-2022-jp",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "聴取記録の送付（HC-2025-014）",
        "body": """白川法律事務所
能登先生

お世話になっております。日の出産業の南雲です。
HC-2025-014の関係者聴取記録（計7名分）をお送りします。
ファイルはパスワード付きZIPとしております。パスワードは別メールにてお送りします。

ご査収のほどよろしくお願いいたします。

""" + _SIG_NAGUMO,
        "attachments": [
            {"kind": "zip", "name": "聴取記録_HC-2025-014.zip", "password": "Hn#2025-1014",
             "files": [{"kind": "docx", "name": "聴取記録_01.docx",
                        "paragraphs": ["聴取記録（1）", "対象者：篠塚 美和", "聴取日：10月14日"]},
                       {"kind": "docx", "name": "聴取記録_02.docx",
                        "paragraphs": ["聴取記録（2）", "対象者：権堂 亘", "聴取日：10月14日"]}]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) of interview records: the attachment cannot be inspected",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "harassment-014",
        "charset": "utf-8",
        "sender": "ハラスメント相談窓口 <soudan-madoguchi@hinode-sangyo.co.jp>",
        "to": ["<kotori.h0521@gmail.com>"],
        "subject": "ご相談受付のご連絡（受付番号 HC-2025-021）",
        "body": """ご相談者様

日の出産業株式会社 ハラスメント相談窓口です。
このたびはご相談をお寄せいただき、ありがとうございました。
下記のとおり受け付けましたのでお知らせいたします。

　受付番号：HC-2025-021
　受付日　：2025年10月20日
　担当　　：相談窓口 稲葉

今後の流れ
1. 5営業日以内に、担当者より面談日程のご相談をご連絡いたします。
2. 面談では、ご相談の内容とご希望（調査を望まれるか等）を伺います。
3. ご本人の同意なく、相手方や所属部署にご相談の事実をお伝えすることはありません。

ご相談されたことを理由に不利益な取扱いを受けることはありません。
もし不安なことがあれば、本メールに返信いただくか、窓口専用電話
（03-5440-7799　平日9:00〜18:00）までご連絡ください。

日の出産業株式会社 ハラスメント相談窓口
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "acknowledgement to the reporter's own free-mail address, no sensitive detail: may be warned, must go",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "harassment-015",
        "charset": "cp932",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "新規案件のご依頼（HC-2025-017）",
        "body": """かなで調査株式会社
調査第二部 宇佐美様

いつもお世話になっております。日の出産業の南雲です。
新たに外部調査をお願いしたい案件がございますので、概要をお送りします。

■案件番号：HC-2025-017
■申告者：経理部 経理課　多々良 純一さん（入社3年目）
　精神障害者保健福祉手帳（2級）を所持しており、障害者雇用枠で入社しています。
■被申告者：同課 主任（氏名は契約締結後にお伝えします）
■申告内容：
　・障害特性に配慮した業務指示を求めたところ、「特別扱いはしない」と
　　皆の前で繰り返し言われた
　・合理的配慮として認めていた時差出勤について、周囲に「ずるい」と
　　吹聴された
■希望：本人は調査を希望、ただし聴取は午前中・1回60分以内を希望

お見積りと、着手可能時期をご教示ください。

""" + _SIG_NAGUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named complainant's disability (精神障害者保健福祉手帳) to the investigator: sensitive personal data",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "harassment-016",
        "charset": "iso-2022-jp",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約係 <reserve@sakura-hotel.jp>"],
        "subject": "長期滞在のご予約（法人）",
        "body": """さくらホテル
宿泊予約係 御中

いつもお世話になっております。日の出産業株式会社 総務部の稲葉と申します。
弊社社員の一時的な滞在として、下記のとおり予約をお願いいたします。
本人の事情により、フロントでの呼び出し・外部からのお問い合わせには
一切応じないようご配慮いただけますと幸いです。

　宿泊者　：香月 麻衣 様
　連絡先　：080-5127-3390（ご本人携帯）
　期間　　：11月4日（火）〜11月28日（金）　24泊
　部屋　　：シングル・禁煙
　お支払い：法人カード
　　カード番号　""" + card_number(SEED + 11) + """
　　有効期限　09/28
　　名義　　　HINODE SANGYO CO LTD

確認書は私宛にお送りください。

日の出産業株式会社 総務部　稲葉 ゆかり
TEL 03-5440-7602
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a credit card number in the body of a hotel booking (for a reporter moved out of company housing)",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "harassment-017",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "cc": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>",
               "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>"],
        "subject": "HC-2025-017 キックオフ打合せのご案内",
        "body": """白川法律事務所 能登先生
かなで調査株式会社 宇佐美様
（cc：社内 南雲）

お世話になっております。日の出産業 法務部の真壁です。

HC-2025-017について、調査の進め方を三者で確認させていただきたく、
キックオフ打合せを下記のとおり設定させてください。

　日時：10月29日（水）16:00〜17:00
　形式：Teams（URLは追ってお送りします）
　議題：
　　1) 調査範囲と聴取対象者の考え方
　　2) 申告者への配慮事項（聴取時間・同席者）
　　3) 報告書の構成とスケジュール

ご都合が合わない場合はお知らせください。

""" + _SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (counsel and investigator) in To/Cc: a normal three-way meeting mail",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "harassment-018",
        "charset": "utf-8",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["パルスサーベイ株式会社 導入支援 <onboarding@pulse-survey.jp>"],
        "subject": "職場環境アンケート　配信対象者データのご提供",
        "body": """パルスサーベイ株式会社
導入支援ご担当者様

お世話になっております。日の出産業 人事部の桐生です。
12月実施予定の「職場環境・ハラスメント実態アンケート」の配信対象者データを
お送りします。第1シートが対象者、第2シートが部署コード表です。
回答は匿名集計とし、個人別の回答は弊社に開示しない設定でお願いいたします。

""" + _SIG_KIRYU,
        "attachments": [
            {"kind": "xlsx", "name": "配信対象者_職場環境アンケート.xlsx",
             "sheets": {
                 "対象者": [["職場環境アンケート 配信対象者一覧（2025年12月配信分）"],
                           [],
                           ["社員番号", "氏名", "メールアドレス", "部署コード", "雇用区分", "年代"],
                           ["H20011", "相賀 奈央", "aiga.nao@hinode-sangyo.co.jp", "D110", "正社員", "20代"],
                           ["H20014", "伊集院 隼", "ijuin.shun@hinode-sangyo.co.jp", "D110", "正社員", "30代"],
                           ["H20032", "宇留野 千景", "uruno.chikage@hinode-sangyo.co.jp", "D120", "契約社員", "40代"],
                           ["H20047", "江刺家 美保", "esashika.miho@hinode-sangyo.co.jp", "D120", "正社員", "30代"],
                           ["H20058", "小此木 拓真", "okonogi.takuma@hinode-sangyo.co.jp", "D210", "正社員", "20代"],
                           ["H20063", "角谷 瑠美", "sumiya.rumi@hinode-sangyo.co.jp", "D210", "パート", "50代"],
                           ["H20071", "木佐貫 学", "kisanuki.manabu@hinode-sangyo.co.jp", "D220", "正社員", "40代"],
                           ["H20088", "久慈 陽菜", "kuji.hina@hinode-sangyo.co.jp", "D310", "正社員", "20代"],
                           ["H20094", "毛利 敦", "mori.atsushi@hinode-sangyo.co.jp", "D310", "嘱託", "60代"],
                           ["H20102", "斎木 蓮", "saiki.ren@hinode-sangyo.co.jp", "D320", "正社員", "30代"]],
                 "部署コード": [["部署コード", "部署名"], ["D110", "第一営業部"], ["D120", "営業企画部"],
                              ["D210", "製造部 第一課"], ["D220", "製造部 第二課"],
                              ["D310", "物流部"], ["D320", "品質保証部"]]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) of ten employees with e-mail addresses to the survey vendor: a list of people",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "harassment-019",
        "charset": "iso-2022-jp",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["人事部長 氷室 <himuro.kazuya@hinode-sangyo.co.jp>"],
        "cc": ["真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
               "桐生 達也 <kiryu.tatsuya@mail.hinode-sangyo.co.jp>"],
        "subject": "【懲戒委員会資料】HC-2025-009 関係者情報",
        "body": """氷室部長

懲戒委員会の事前資料として、関係者情報を共有します（社内限り）。

■申告者
　柚木 沙耶香（物流企画課）　社員番号 H13307
　診断書：適応障害（10/8〜11/7 休業）、現在 心療内科に通院中
　携帯：090-6621-4873

■被申告者
　鬼塚 秀明（物流企画課 課長）　社員番号 H08812
　生年月日 1986/07/22　携帯：080-3310-2945
　過去の処分歴：2021年 けん責（部下への暴言）

■聴取済み関係者
　蔀 隆之、雲母 さやか、神尾 麻里（いずれも聴取記録あり）

処分案は「懲戒解雇」「諭旨解雇」の2案で審議予定です。

大迫
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "every recipient is internal (a mail.hinode-sangyo.co.jp subdomain included): must go whatever it carries",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "harassment-020",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "差別的言動に関するご相談（名古屋支店）",
        "body": """白川先生

いつもお世話になっております。日の出産業 法務部 真壁です。

名古屋支店で、出自に関わる差別的言動の申告がありました。
取り急ぎ概要をお伝えしますので、調査方針についてご助言ください。

・申告者：名古屋支店 営業課　李 成美（り そんみ）さん
　在日韓国人三世で、社内では通名ではなく本名で勤務しています。
・申告内容：同課の係長から、飲み会の席や朝礼後の雑談で
　「国に帰れ」「あっちの人は信用できない」等の発言を複数回受けた。
　同席者のLINEグループにも同趣旨の投稿があったとのこと。
・本人の希望：配置転換は望まず、発言の停止と謝罪を求めている。

来週、支店長へのヒアリングを予定しています。
ヘイトスピーチ解消法の趣旨も踏まえた対応が必要かと考えております。

""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's ethnic origin (在日韓国人三世) to outside counsel: 人種・出自 is 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "harassment-021",
        "charset": "iso-2022-jp",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["<m.hazama1979@gmail.com>", "<tsukuda_ryoko@yahoo.co.jp>",
               "<k-aramaki@icloud.com>", "<yone.s-0312@docomo.ne.jp>"],
        "subject": "調査へのご協力のお願い（日の出産業 コンプライアンス推進室）",
        "body": """皆様

突然のご連絡失礼いたします。
日の出産業株式会社 コンプライアンス推進室の南雲と申します。

在職中は大変お世話になりました。
現在、弊社では2022年〜2023年当時の第二営業部における職場環境について
社内調査を行っており、当時在籍されていた皆様に、お話を伺えないかと
考えております。

ご協力いただける場合は、本メールにご返信のうえ、ご都合のよい日時
（オンライン可・60分程度）をお知らせください。謝礼として1万円分の
ギフトカードをお送りいたします。
もちろん、ご協力は任意です。お断りいただいても何ら問題はございません。

""" + _SIG_NAGUMO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "four former employees on private addresses all in To: each can see the others, should have been Bcc",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "harassment-022",
        "charset": "cp932",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 堀之内様 <horinouchi@nishiki-insatsu.co.jp>"],
        "subject": "相談窓口ポスターの印刷のお願い",
        "body": """錦印刷株式会社
営業部 堀之内様

いつもお世話になっております。日の出産業 総務部の稲葉です。

社内掲示用の「ハラスメント相談窓口」ポスターの印刷をお願いしたく、
原稿（PDF）をお送りします。

　サイズ：A2（ポスター）120部／A4（チラシ）800部
　用紙　：マットコート 135kg
　納品先：本社 総務部（東京都港区芝2-14-5 日の出ビル1F 受付）
　希望納期：11月21日（金）

ポスターに記載の電話番号・メールアドレスは窓口の代表連絡先です。
校正は1回でお願いいたします。お見積りもあわせてお送りください。

日の出産業株式会社 総務部 総務課
稲葉 ゆかり　TEL 03-5440-7602
""",
        "attachments": [
            {"kind": "pdf", "name": "相談窓口ポスター_原稿.pdf", "title": "ハラスメント相談窓口",
             "lines": ["ひとりで悩まないでください", "ハラスメント相談窓口",
                       "社内窓口：03-5440-7799（平日9:00〜18:00）",
                       "メール：soudan-madoguchi@hinode-sangyo.co.jp",
                       "外部窓口（株式会社ことはホットライン）：0120-318-562（24時間）",
                       "匿名でのご相談もできます。相談したことで不利益を受けることはありません。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order for the hotline poster: only the hotline's own business numbers",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "harassment-023",
        "charset": "utf-8",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["藤村 先生 <fujimura@fujimura-sr.jp>"],
        "subject": "就業規則（懲戒規定）見直しのための参考資料",
        "body": """藤村先生

お世話になっております。桐生です。

懲戒規定の見直しにあたり、過去3年間の懲戒処分の実績を参考資料として
お送りします。ハラスメント事案の量定のばらつきについてご意見を
いただけますと幸いです。

""" + _SIG_KIRYU,
        "attachments": [
            {"kind": "pdf", "name": "懲戒処分実績_2022-2025.pdf", "title": "懲戒処分実績",
             "lines": ["懲戒処分実績一覧（2022年4月〜2025年9月）", "人事部 労務課 作成"],
             "table": [["処分日", "社員番号", "氏名", "所属", "年齢", "事案", "処分"],
                       ["2022/06/15", "H07731", "樋渡 重雄", "製造部", "52", "部下への暴言（パワハラ）", "けん責"],
                       ["2022/11/02", "H11208", "陣内 祐介", "大阪支店", "38", "取引先女性社員への不適切発言", "減給"],
                       ["2023/03/28", "H09945", "巽 冬美", "経理部", "45", "部下への過大な要求", "けん責"],
                       ["2023/09/11", "H06620", "茅野 昭彦", "物流部", "57", "飲酒強要・暴言", "出勤停止7日"],
                       ["2024/02/19", "H12417", "御手洗 航", "営業企画部", "33", "SNSでの誹謗中傷", "減給"],
                       ["2024/08/05", "H08812", "鬼塚 秀明", "物流企画課", "38", "部下への暴言（前歴あり）", "降格"],
                       ["2025/01/30", "H10147", "仲宗根 篤", "名古屋支店", "41", "身体接触を伴うセクハラ", "諭旨解雇"],
                       ["2025/06/12", "H13050", "浜砂 貴之", "品質保証部", "29", "同僚の私生活の暴露", "けん責"]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "PDF table of eight disciplined employees (employee number, name, age, misconduct) to the labour consultant: a list of people",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "harassment-024",
        "charset": "iso-2022-jp",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "Re: 申告者聴取の日程について",
        "body": """宇佐美様

お世話になっております。南雲です。
申告者聴取の日程の件、ご連絡が遅くなり申し訳ありません。

申告者の漆原 智美さんは、現在体調を崩して休職しており、
ご本人から「今は会社の人と話すのがつらい」との申し出がありました。
復職の見通しが立ち次第、改めて日程をご相談させてください。
それまでの間は、他の関係者聴取を先行していただけますと助かります。

南雲
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named reporter 'on leave after falling ill': vague health information, a privacy officer could judge either way",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "harassment-025",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["常盤損保 企業賠償保険 事故受付 <epl-claim@tokiwa-sonpo.co.jp>"],
        "subject": "雇用慣行賠償責任保険　事故報告書の提出（証券番号 EPL-7730451）",
        "body": """常盤損害保険株式会社
企業賠償保険 事故受付ご担当者様

いつもお世話になっております。日の出産業株式会社 法務部の真壁でございます。

先日お電話でご連絡いたしました元従業員からの損害賠償請求の件につき、
事故報告書をお送りいたします。
添付のPDFにはパスワードを設定しております。パスワードはお電話にて
お伝えいたします。

　証券番号：EPL-7730451
　請求受領日：2025年10月9日（代理人弁護士からの内容証明）

どうぞよろしくお願いいたします。

""" + _SIG_MAKABE,
        "attachments": [
            {"kind": "pdf", "name": "事故報告書_EPL-7730451.pdf", "password": "tk7730451",
             "lines": ["事故報告書", "証券番号 EPL-7730451", "請求者：元従業員（代理人弁護士 経由）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the insurer: the attachment cannot be inspected",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "harassment-026",
        "charset": "cp932",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "追加聴取対象者（3名）のご連絡",
        "body": """宇佐美様

お世話になっております。日の出産業の南雲です。
先日の打合せでご指摘のあった追加聴取について、対象となる3名と
連絡先をお知らせします。いずれも本人の了承済みです。

　・伊佐治 遼（製造部 第二課）　携帯　０９０－８８１４－２０６３
　・花房 恵梨香（品質保証部）　　携帯　０８０－４４０２－７７１９
　・鵜飼 宗一郎（製造部 第二課 係長）携帯　０７０－３９５８－１２４０

夜勤シフトの者がいるため、平日午前中のご連絡は避けていただけると
ありがたいです。

""" + _SIG_NAGUMO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three people's mobiles (full-width digits) to the investigator: under five records, may be warned",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "harassment-027",
        "charset": "iso-2022-jp",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 コンプライアンス部 徳永様 <tokunaga.s@kawasaki-denki.jp>"],
        "subject": "御社ご担当者の言動に関するご相談",
        "body": """川崎電機株式会社
コンプライアンス部　徳永様

いつも大変お世話になっております。
日の出産業株式会社 コンプライアンス推進室の大迫でございます。

先日お電話でお話しした件について、書面でもご連絡いたします。
御社の調達部門のご担当者様が弊社の営業担当者に対して、商談の場で
繰り返し威圧的な言動をされているとの申告が弊社窓口に寄せられております。

取引先様間のことでもあり、まずは双方のコンプライアンス部門で事実関係の
確認方法をご相談できればと存じます。11月第1週でご都合のよい日時を
いくつかお知らせいただけますでしょうか。

日の出産業株式会社
コンプライアンス推進室 室長　大迫 健吾
TEL 03-5440-7710
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner kawasaki-denki.co.jp written as kawasaki-denki.jp (dropped co.): look-alike domain",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "harassment-028",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["常盤損保 法人営業部 矢萩様 <yahagi@tokiwa-sonpo.co.jp>"],
        "subject": "【至急】事故発生のご連絡（雇用慣行賠償責任保険）",
        "body": """常盤損害保険株式会社
法人営業部　矢萩様

いつもお世話になっております。日の出産業 法務部の真壁です。
取り急ぎ、保険事故となる可能性がある事案が発生しましたのでご連絡します。

弊社 営業二課 主任の唐沢 亮平（からさわ りょうへい、34歳）が、
10月18日、社外の取引先懇親会の帰路において同行した部下の女性社員に
わいせつな行為をしたとして、翌19日に神奈川県警に強制わいせつの容疑で
逮捕されました。現在勾留中で、弊社は本人と接見できていません。

被害を受けた社員からは、会社の監督責任を問う意向が代理人を通じて
示されています。保険の適用可否と、今後必要となる書類について
ご教示いただけますでしょうか。

""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's arrest (強制わいせつ容疑) reported to the insurer: criminal arrest is 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "harassment-029",
        "charset": "cp932",
        "sender": "経理部 出納課 <suitou@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 経理ご担当 <keiri@shirakawa-law.jp>"],
        "subject": "ご請求書の記載についてのお問い合わせ（請求書番号 SLO-2025-0412）",
        "body": """白川法律事務所
経理ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部 出納課です。

10月分のご請求書（請求書番号 SLO-2025-0412、ご請求額 1,287,000円）を
拝受いたしました。インボイス制度対応の確認にあたり、下記の点を
ご確認いただけますでしょうか。

　・記載の登録番号：T2011001048273
　　国税庁の公表サイトで照会したところ、事務所名の表記が
　　「白川総合法律事務所」となっておりました。旧名称のままでしょうか。
　・「調査立会費用（HC-2025-009）」の消費税区分

お支払いは通常どおり11月末を予定しております。

日の出産業株式会社 経理部 出納課
TEL 03-5440-7680
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query with the law firm's T-number and an invoice number: business data, not people's",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "harassment-030",
        "charset": "iso-2022-jp",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["ネクストスタッフ 営業担当 土門様 <domon@next-staff.co.jp>"],
        "subject": "厚木倉庫の件　派遣スタッフ様への聴取について",
        "body": """株式会社ネクストスタッフ
厚木営業所　土門様

お世話になっております。日の出産業 人事部の桐生です。

先日ご報告した厚木倉庫のハラスメント申告の件で、御社から派遣いただいて
いるスタッフの皆様にも状況を伺いたく、派遣元として同席をお願いできますで
しょうか。対象の方は以下のとおりです（当方の把握している連絡先です）。

・戸叶 美香 様　スタッフNo. NS-40218　携帯 090-2741-6608
・オルティス・マリア 様　スタッフNo. NS-40355　携帯 080-9137-2254
・芦原 健斗 様　スタッフNo. NS-40371　携帯 070-6612-0349
・菱沼 ちひろ 様　スタッフNo. NS-40402　携帯 090-5530-8817
・グエン・ティ・ラン 様　スタッフNo. NS-40419　携帯 080-1873-4426

聴取は11月第2週、厚木倉庫2階の面談室で1人30分程度を想定しています。

""" + _SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five dispatched workers with staff numbers and mobiles in 「・」 bullets to the agency: a list of people",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "harassment-031",
        "charset": "utf-8",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["<sachi_morozumi@yahoo.co.jp>"],
        "subject": "社外の相談先のご案内",
        "body": """両角様

日の出産業 ハラスメント相談窓口の稲葉です。
先日の面談では、お話しいただきありがとうございました。

社内の窓口以外にも相談できる先を知りたいとのことでしたので、
主な社外の相談先をまとめました。いずれも無料で利用できます。

相談先                          電話              受付時間
------------------------------  ----------------  --------------------
みなとEAPサービス（会社契約）   0120-47-3381      24時間（電話・Web）
東京労働局 総合労働相談コーナー 03-3512-1608      平日 9:30〜17:00
法律相談センター 港（弁護士会） 03-5510-4422      平日 10:00〜16:00
こころの電話相談（都）          03-5155-5028      毎日 9:00〜21:00

みなとEAPサービスは会社との契約ですが、相談内容が会社に伝わることは
ありません。ご利用の際は「日の出産業の社員」とお伝えください。

何かあればいつでもご連絡ください。

日の出産業株式会社 ハラスメント相談窓口　稲葉
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a list of counselling organisations (businesses, switchboards) to the reporter's own free-mail address",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "harassment-032",
        "charset": "cp932",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["株式会社ことはホットライン 三浦様 <miura@kotoha-hotline.co.jp>"],
        "subject": "上期の受付状況（突合用）",
        "body": """三浦様

お世話になっております。日の出産業の大迫です。
御社の月次報告と弊社集計の突合のため、上期の受付状況をお送りします。
件数に差異がある月がございましたらご指摘ください。

大迫
""",
        "attachments": [
            {"kind": "xlsx", "name": "通報受付状況_2025上期.xlsx", "page_header": "取扱注意",
             "sheets": {"月別": [["【取扱注意】2025年度 上期 通報受付状況"],
                                ["月", "社内窓口", "外部窓口", "うちハラスメント", "匿名"],
                                ["4月", 2, 1, 2, 1], ["5月", 3, 2, 3, 2], ["6月", 1, 2, 2, 1],
                                ["7月", 3, 1, 3, 1], ["8月", 2, 1, 2, 0], ["9月", 2, 2, 3, 3],
                                ["合計", 13, 9, 15, 8]]}},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "aggregate figures only, but the workbook is stamped 取扱注意 (title row and page header)",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "harassment-033",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "係属中案件の一覧（月次定例用）",
        "body": """能登先生

月次定例の資料として、現在係属中のハラスメント案件の一覧をお送りします。
明日の定例ではNo.2の休業中の対応を中心にご相談させてください。

真壁
""",
        "attachments": [
            {"kind": "xlsx", "name": "係属案件一覧_202510.xlsx",
             "sheets": {"係属案件": [["案件番号", "申告者", "所属", "類型", "申告者の健康状態", "進捗"],
                                    ["HC-2025-009", "柚木 沙耶香", "物流企画課", "パワハラ",
                                     "適応障害で休業（10/8〜）", "報告書案作成済"],
                                    ["HC-2025-014", "穂積 梨花", "第一営業部", "セクハラ",
                                     "うつ病の診断あり、通院しながら勤務", "関係者聴取中"],
                                    ["HC-2025-017", "多々良 純一", "経理課", "障害に関する言動",
                                     "（特記なし）", "調査委託準備中"]],
                       "凡例": [["類型は厚労省指針の区分による"]]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three rows only, but two carry a named reporter's diagnosis (適応障害, うつ病): sensitive data",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "harassment-034",
        "charset": "utf-8",
        "sender": "Kengo Osako <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["Jennifer Walsh <jwalsh@hinode-america.com>"],
        "subject": "Group Anti-Harassment Policy - revised version effective April 1",
        "body": """Dear Jennifer,

I hope this finds you well.

As discussed in our quarterly call, the Group Anti-Harassment Policy has been
revised and will take effect on April 1. The main changes are:

  1. Customer harassment (abusive conduct by customers towards our staff) is now
     covered explicitly, with a duty for managers to escalate.
  2. Reports may be made in English through the external hotline operated by
     Kotoha Hotline, 24/7.
  3. Retaliation against a reporter is a disciplinary offence in its own right.

Could you arrange for the US translation to be reviewed by your local counsel
and let me know by the end of February whether any state-law adjustments are
needed? The English master is on the group portal.

Best regards,
Kengo Osako
Head of Compliance Promotion Office
Hinode Sangyo Co., Ltd.
2-14-5 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5440-7710

This e-mail and any attachments may contain confidential information. If you
have received it in error, please notify the sender and delete it.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English policy update to an overseas affiliate with the standard disclaimer: ordinary mail",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "harassment-035",
        "charset": "utf-8",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["きずな協同組合 指導員 大江様 <oe@kizuna-kyodo.or.jp>"],
        "subject": "技能実習生の転籍についてのご相談",
        "body": """きずな協同組合
指導員 大江様

いつもお世話になっております。日の出産業 人事部の桐生です。

先日お伝えしたとおり、製造部に配属の技能実習生1名が、日本人指導員から
継続的な暴言を受けていたことが社内調査で確認されました。
本人は配属替えではなく実習先の変更（転籍）を希望しております。
転籍先のご調整をお願いするにあたり、必要な本人情報をお送りします。

　氏名（ローマ字）：NGUYEN VAN HUNG
　生年月日　　　　：2001年3月14日
　在留カード番号　：UH48213097KA
　旅券番号　　　　：C7731592
　在留期限　　　　：2026年9月30日
　実習区分　　　　：技能実習2号

本人は通訳の同席を希望しております。面談日程もあわせてご相談させてください。

""" + _SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a trainee's residence card and passport numbers to the supervising organisation: identity documents",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "harassment-036",
        "charset": "iso-2022-jp",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "合意書の解決金振込先について",
        "body": """能登先生

お世話になっております。日の出産業 法務部の真壁です。
合意書第3条の解決金の振込先について、相手方代理人から連絡がありましたので
お知らせします。合意書案の別紙にご反映いただけますでしょうか。

　振込先：みどり銀行　港南支店（店番 218）
　預金種別：普通
　口座番号：4470916
　口座名義：ホヅミ リカ

支払期日は合意書締結日の翌月末日とする方向で、経理とも調整済みです。

""" + _SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one person's bank account for a settlement payment to counsel: one record, may be warned",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "harassment-037",
        "charset": "cp932",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "第3回聴取記録（修正版）",
        "body": """宇佐美様

お世話になっております。南雲です。
第3回聴取記録について、ご本人確認後の修正版をお送りします。
修正箇所は赤字にしてあります。

南雲
""",
        "attachments": [
            {"kind": "corrupt", "name": "聴取記録_第3回_修正版.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached DOCX is corrupt and cannot be read",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "harassment-038",
        "charset": "utf-8",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "Re: 聴取順序のご提案",
        "body": """宇佐美様

ご提案ありがとうございます。いただいた順序で問題ございません。
会議室は14日・15日とも終日押さえてあります。

南雲

On 2025/10/09 17:42, 宇佐美 啓介 wrote:
> 南雲様
>
> 聴取の順序について、以下でいかがでしょうか。
>
> 10/14 10:00 篠塚 美和 様（090-4418-2275）
> 10/14 13:00 権堂 亘 様（080-2931-0568）
> 10/14 15:00 漆間 奈緒子 様（070-5582-4103）
> 10/15 10:00 蔀 隆之 様（090-7720-3316）
> 10/15 13:00 雲母 さやか 様（080-6093-1147）
> 10/15 15:00 鰐淵 康平 様（090-3364-8829）
>
> かなで調査株式会社 宇佐美
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person schedule is only in the quoted text the investigator wrote; new text carries nothing",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "harassment-039",
        "charset": "iso-2022-jp",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["みなとEAPサービス カウンセラー 真木様 <maki@minato-eap.jp>"],
        "subject": "カウンセリングのご依頼（優先対応のお願い）",
        "body": """みなとEAPサービス
真木様

いつもお世話になっております。日の出産業 相談窓口の稲葉です。

弊社社員1名について、優先的にカウンセリングをお願いしたくご連絡しました。
ご本人の同意は得ております。

　氏名：早乙女 ひかり（営業企画部）
　状況：元上司から退社後につきまといを受け、先週、所轄の警察署に
　　　　ストーカー被害の被害届を提出し受理されています。
　　　　本人は「夜眠れない」と話しており、通勤にも不安を感じています。
　希望：平日18時以降、オンラインでの面談

初回の日程をご本人に直接ご連絡いただけますでしょうか。
本人の連絡先は、ご本人から御社窓口へ電話していただく形にします。

日の出産業株式会社 ハラスメント相談窓口　稲葉 ゆかり
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee who has filed a police report as a stalking victim: having been a crime victim is sensitive",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "harassment-040",
        "charset": "cp932",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会・会議予約 <banquet@sakura-hotel.jp>"],
        "subject": "会議室のご予約（11/13・11/14）",
        "body": """さくらホテル
宴会・会議予約ご担当者様

お世話になっております。日の出産業株式会社 総務部の稲葉です。
下記のとおり会議室の予約をお願いいたします。

　11月13日（木）9:00〜18:00　小会議室 2室（各4名）
　11月14日（金）9:00〜18:00　小会議室 1室（4名）

・社外の方との面談に使用するため、他のお客様と動線が重ならない
　お部屋をご用意いただけますと幸いです。
・お茶のご用意は各室ペットボトル8本でお願いします。
・ご請求は法人請求書払い（いつもの請求先）でお願いします。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 総務部　稲葉 ゆかり
TEL 03-5440-7602
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting-room booking for interviews with no names: ordinary mail to a partner hotel",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "harassment-041",
        "charset": "utf-8",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["Lingua Bridge Coordination <coordination@lingua-bridge.com>"],
        "subject": "通訳者手配のお願い（面談5件）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>Lingua Bridge<br>通訳コーディネーター ご担当者様</p>
<p>いつもお世話になっております。日の出産業 コンプライアンス推進室の南雲です。</p>
<p>厚木倉庫における職場環境調査で、外国籍スタッフの方との面談に通訳者の手配をお願いいたします。
通訳者の方から前日に確認のお電話を入れていただけるよう、各人の連絡先を記載しています。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde7f3"><th>No</th><th>氏名</th><th>言語</th><th>携帯電話</th><th>面談日時</th></tr>
<tr><td>1</td><td>NGUYEN THI LAN</td><td>ベトナム語</td><td>080-1873-4426</td><td>11/11 10:00</td></tr>
<tr><td>2</td><td>ORTIZ MARIA</td><td>スペイン語</td><td>080-9137-2254</td><td>11/11 13:30</td></tr>
<tr><td>3</td><td>TRAN MINH DUC</td><td>ベトナム語</td><td>090-4258-1167</td><td>11/11 15:00</td></tr>
<tr><td>4</td><td>SANTOS JOSE RICARDO</td><td>ポルトガル語</td><td>070-2290-5531</td><td>11/12 10:00</td></tr>
<tr><td>5</td><td>PHAM VAN THANH</td><td>ベトナム語</td><td>090-6617-3308</td><td>11/12 13:30</td></tr>
</table>
<p>場所はいずれも厚木倉庫（神奈川県厚木市）2階 面談室です。<br>
面談内容には守秘義務がございますので、ご対応いただく通訳者の方にもその旨お伝えください。</p>
<p>--<br>日の出産業株式会社 コンプライアンス推進室 南雲 千晴<br>TEL 03-5440-7712</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of five interviewees' names and mobiles to the interpreting agency: a list of people",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "harassment-042",
        "charset": "iso-2022-jp",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["南里市 労働相談センター <rodo-soudan@city.minamisato.lg.jp>"],
        "subject": "カスタマーハラスメント対策に関するセミナー資料のお問い合わせ",
        "body": """南里市 労働相談センター
ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の桐生と申します。弊社は南里市内に物流センターを
置いており、貴センター主催の「中小企業向けカスタマーハラスメント対策セミナー」
（10月24日開催）に2名で参加させていただきました。

当日配布された「対応マニュアルのひな形」について、社内研修で引用させて
いただくことは可能でしょうか。引用の際の出典表記の方法についても
ご教示いただけますと幸いです。

お手数をおかけしますが、よろしくお願いいたします。

""" + _SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a question to a municipal labour office about reusing seminar material: ordinary mail",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "harassment-043",
        "charset": "utf-8",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "HC-2025-022 申告内容の補足",
        "body": """宇佐美様

お世話になっております。日の出産業の南雲です。
昨日ご依頼したHC-2025-022について、申告内容を補足いたします。

申告者は品質保証部のアフマド・ラフマン（Ahmad Rahman）さんです。
イスラム教徒で、就業時間中に1日2回、休憩時間を使って礼拝を行っています。
申告によれば、同じ班の先輩社員2名から
　・礼拝のために席を外すたびに「またサボりか」と言われる
　・社員食堂で豚肉料理を目の前に置かれ、からかわれた
　・ラマダン期間中の体調について「宗教なんか捨てればいい」と言われた
といった言動が、今年の春から続いているとのことです。

本人は「信仰を理由に孤立させられている」と訴えています。
聴取の際は礼拝時間（12:15頃、15:30頃）を避けていただけますと幸いです。

""" + _SIG_NAGUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named complainant's religion (イスラム教徒) to the investigator: creed is 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "harassment-044",
        "charset": "cp932",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["株式会社ことはホットライン 営業部 <sales@kotoha-hotline.co.jp>",
               "リスクガード株式会社 ご担当者様 <info@riskguard-partners.co.jp>"],
        "cc": ["ヴォイスライン合同会社 <contact@voiceline.jp>"],
        "subject": "外部通報窓口業務　提案依頼（RFP）のご送付",
        "body": """各社 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 コンプライアンス推進室の大迫でございます。

弊社では、来年度からの外部通報窓口業務の委託先選定にあたり、
複数社様にご提案をお願いすることといたしました。
添付の提案依頼書をご確認のうえ、12月12日（金）までにご提案書を
お送りいただけますでしょうか。

　・対象：国内グループ会社4社（従業員合計 約2,300名）
　・受付チャネル：電話、Web、郵送、多言語（英・越・葡）
　・質問受付：11月28日（金）まで（本メールへのご返信にて）

ご多用のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。

日の出産業株式会社
コンプライアンス推進室 室長　大迫 健吾
TEL 03-5440-7710
""",
        "attachments": [
            {"kind": "docx", "name": "提案依頼書_外部通報窓口.docx", "title": "提案依頼書",
             "paragraphs": ["外部通報窓口業務 提案依頼書", "1. 目的", "2. 業務範囲", "3. 提出物",
                            "4. 評価基準（価格30%、体制40%、実績30%）", "5. スケジュール"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "an RFP to three competing vendors in To/Cc: three external organisations see each other",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "harassment-045",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 秘書 小山内様 <osanai@shirakawa-law.jp>"],
        "subject": "11/18 ご来所者のご連絡",
        "body": """白川法律事務所
秘書 小山内様

お世話になっております。日の出産業 法務部の真壁です。
11月18日（火）14時からの打合せに伺う者をお知らせいたします。
入館の手続きに必要とのことでしたので、携帯番号も記載しております。

1) 真壁 玲奈（法務部）
   090-1176-5420 / makabe.rena@hinode-sangyo.co.jp
2) 氷室 和也（人事部長）
   080-7249-3318 / himuro.kazuya@hinode-sangyo.co.jp
3) 南雲 千晴（コンプライアンス推進室）
   070-4086-2291 / nagumo.chiharu@hinode-sangyo.co.jp
4) 大迫 健吾（コンプライアンス推進室長）
   090-8832-1057 / osako.kengo@hinode-sangyo.co.jp

どうぞよろしくお願いいたします。

真壁
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four visitors' mobiles for building entry at the law firm: under five records, may be warned",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "harassment-046",
        "charset": "cp932",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["日の出健康保険組合 給付係 <kyufu@hinode-kenpo.or.jp>"],
        "subject": "傷病手当金支給申請書（事業主記入分）の送付",
        "body": """日の出健康保険組合
給付係 御中

いつもお世話になっております。日の出産業 人事部 労務課の桐生です。
下記被保険者の傷病手当金支給申請について、事業主記入欄を作成しましたので
内容をお知らせします。原本は本日郵送いたしました。

　被保険者氏名：柚木 沙耶香
　生年月日　　：平成８年１１月３日
　保険証 記号：７２１０４　番号：３８６
　傷病名　　　：適応障害（療養担当者記入欄のとおり）
　労務不能期間：令和７年１０月８日〜令和７年１１月７日
　期間中の報酬：支給なし

不足書類がございましたらご連絡ください。

""" + _SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance 記号・番号 and a diagnosis of a named employee to the health insurance society",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "harassment-047",
        "charset": "iso-2022-jp",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 稗田様 <hieda@kitaguni-foods.co.jp>"],
        "subject": "ハラスメント防止規程等のひな形の共有",
        "body": """北国フーズ株式会社
総務部 稗田様

お世話になっております。日の出産業の大迫です。
先日の勉強会でお話のあった規程類のひな形を、ZIPにまとめてお送りします。
いずれも弊社で公開している版で、社名部分を伏せております。
御社の実情に合わせて自由に改変していただいて構いません。

　・ハラスメント防止規程（Word）
　・相談対応フロー（PDF）
　・相談受付票の様式（Excel）

大迫
""",
        "attachments": [
            {"kind": "zip", "name": "ハラスメント規程ひな形一式.zip",
             "files": [
                 {"kind": "docx", "name": "ハラスメント防止規程_ひな形.docx",
                  "paragraphs": ["ハラスメント防止規程", "第1条（目的）", "第2条（定義）",
                                 "第3条（禁止行為）", "第4条（相談窓口）", "第5条（不利益取扱いの禁止）"]},
                 {"kind": "pdf", "name": "相談対応フロー.pdf",
                  "lines": ["相談対応フロー", "1. 受付", "2. 面談・意向確認", "3. 事実確認",
                            "4. 措置の検討", "5. 結果の通知", "6. 再発防止・フォローアップ"]},
                 {"kind": "xlsx", "name": "相談受付票_様式.xlsx",
                  "sheets": {"受付票": [["相談受付票"], ["受付番号", ""], ["受付日", ""],
                                       ["相談者（匿名可）", ""], ["相談内容", ""], ["希望する対応", ""]]}}]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank policy templates in a plain ZIP to a partner: no personal data, nothing unreadable",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "harassment-048",
        "charset": "utf-8",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["氷室 和也 <himuro.kazuya@hinode-sangyou.co.jp>"],
        "subject": "HC-2025-014 進捗（10月第4週）",
        "body": """氷室部長

お疲れさまです。南雲です。
HC-2025-014の今週の進捗をご報告します。

・関係者7名の聴取が完了しました（かなで調査 宇佐美氏実施）。
・被申告者（第一営業部 課長）の聴取は11/5に実施予定です。
・申告者の穂積さんは、聴取結果の共有前に一度面談を希望しています。

来週の部長会前に、10分ほどお時間をいただけますでしょうか。

南雲
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "an internal-looking report to hinode-sangyou.co.jp (extra u): look-alike of the company's own domain",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "harassment-049",
        "charset": "iso-2022-jp",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "復職判定に関する産業医意見書の送付",
        "body": """能登先生

お世話になっております。真壁です。
柚木さんの復職について、産業医の意見書が出ましたので共有いたします。
意見書では「元の上司とは別部署での復職が望ましい」とされています。
配置転換の打診方法について、ご意見をいただけますでしょうか。

真壁
""",
        "attachments": [
            {"kind": "pdf", "name": "産業医意見書_柚木.pdf", "title": "産業医意見書",
             "lines": ["産業医意見書", "",
                       "対象者：柚木 沙耶香（物流部 物流企画課）",
                       "主治医診断：適応障害（令和7年10月8日〜休業）",
                       "現在の状態：睡眠・食欲は回復傾向。抑うつ症状は軽度まで改善。",
                       "就業上の意見：復職可。ただし当面は時間外労働を禁止とし、",
                       "　　　　　　　元の上司とは別部署での勤務が望ましい。",
                       "　　　　　　　月1回の産業医面談を3か月継続すること。",
                       "",
                       "令和7年11月6日　産業医 嶋津 俊介"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an occupational physician's opinion with a named employee's diagnosis and symptoms in an attached PDF",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "harassment-050",
        "charset": "cp932",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "HC-2025-022 事案概要（匿名版）",
        "body": """宇佐美様

お世話になっております。南雲です。
お見積りのご検討用に、HC-2025-022の事案概要を匿名化してお送りします。
個人が特定できる情報は、契約締結後に別途お渡しします。

【登場人物】
　申告者　X（品質保証部、一般社員）
　被申告者 Y1・Y2（同部、先輩社員）
　関係者　Z（同部、班長）

【概要】
　2025年4月頃から、YらがXの休憩の取り方について揶揄する発言を
　繰り返していたとされる。XはZに相談したが、Zは「仲良くやれ」と
　述べるにとどまった。

【想定される聴取】
　X、Y1、Y2、Zのほか、同じ班の社員3名程度

【希望納期】
　報告書案：12月19日

南雲
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised case summary (X, Y1, Y2, Z) for a quotation: no identifiable person",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "harassment-051",
        "charset": "utf-8",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["みなとEAPサービス 予約センター <yoyaku@minato-eap.jp>"],
        "subject": "グループ面談後の個別フォロー予約（5名）",
        "body": """みなとEAPサービス 予約センター御中

いつもお世話になっております。日の出産業 相談窓口の稲葉です。
先日の第一営業部の職場ミーティング後、個別のフォロー面談を希望された方の
予約をお願いします。各人の希望日時は下記のとおりです。

■1
氏名：篠塚 美和
社員番号：H14420
連絡先：090-4418-2275 / shinozuka.miwa@hinode-sangyo.co.jp
希望：11/17（月）18:30〜

■2
氏名：漆間 奈緒子
社員番号：H11893
連絡先：070-5582-4103 / uruma.naoko@hinode-sangyo.co.jp
希望：11/18（火）12:00〜

■3
氏名：鰐淵 康平
社員番号：H15077
連絡先：090-3364-8829 / wanibuchi.kohei@hinode-sangyo.co.jp
希望：11/18（火）19:00〜

■4
氏名：穂積 梨花
社員番号：H13562
連絡先：080-2275-6610 / hozumi.rika@hinode-sangyo.co.jp
希望：11/19（水）18:00〜（オンライン希望）

■5
氏名：権堂 亘
社員番号：H12204
連絡先：080-2931-0568 / gondo.wataru@hinode-sangyo.co.jp
希望：11/20（木）18:30〜

よろしくお願いいたします。

日の出産業株式会社 ハラスメント相談窓口　稲葉 ゆかり
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five employees' records (number, mobile, e-mail) one block each to the EAP provider: a list of people",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "harassment-052",
        "charset": "iso-2022-jp",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 稗田様 <hieda@kitaguni-foods.co.jp>"],
        "subject": "Re: 相談対応マニュアルのご提供について",
        "body": """稗田様

お世話になっております。日の出産業の大迫です。

ご依頼いただいた相談対応マニュアルですが、弊社の運用マニュアルは
社外秘の扱いとしているため、そのままお渡しすることができません。
申し訳ございません。
代わりに、先日お送りしたひな形一式に含まれる「相談対応フロー」が
マニュアルの骨子となっておりますので、そちらをご参照いただけますと幸いです。

また、相談員向けの外部研修（ハルモニア研修様の「相談員養成講座」）は
弊社でも受講実績があり、内容が充実していたのでご紹介いたします。

大迫
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is mentioned to explain a refusal; nothing marked is sent",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "harassment-053",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "懲戒処分の量定についてのご相談",
        "body": """━━━━━━━━━━━━━━━━━━
■ 機密区分：極秘
■ 配布先：白川先生限り
━━━━━━━━━━━━━━━━━━

白川先生

お世話になっております。日の出産業 法務部の真壁です。

HC-2025-009の被申告者について、懲戒委員会では「懲戒解雇」と「諭旨解雇」の
2案が出ております。過去にけん責処分の前歴があること、申告者が休業に
至っていることを踏まえ、いずれの処分が相当か、また退職金の不支給・減額の
範囲について、ご意見を伺えますでしょうか。

懲戒委員会は11月27日です。

""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is stamped 機密区分：極秘 at the top",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "harassment-054",
        "charset": "cp932",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["常盤損保 法人営業部 矢萩様 <yahagi@tokiwa-sonpo.co.jp>"],
        "subject": "雇用慣行賠償責任保険　更新告知書のご回答",
        "body": """常盤損害保険株式会社
法人営業部 矢萩様

お世話になっております。日の出産業 法務部の真壁です。
更新告知書の質問事項について、以下のとおり回答いたします。

Q1 従業員数（正社員／非正規）：1,482名／536名
Q2 ハラスメント防止規程の有無：有（2020年制定、2025年改定）
Q3 外部通報窓口の設置：有（株式会社ことはホットラインに委託）
Q4 管理職研修の実施頻度：年1回（全管理職必須）
Q5 過去3年間の雇用関連の請求件数：2件（うち訴訟1件、係属中）
Q6 直近1年の労働局あっせん・労働審判：0件

告知書原本は押印のうえ郵送いたします。

""" + _SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company-level figures for an insurance renewal: no personal data",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "harassment-055",
        "charset": "utf-8",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "合意書締結にあたっての本人確認情報",
        "body": """能登先生

お世話になっております。真壁です。
合意書の締結にあたり、相手方代理人から相手方ご本人の本人確認資料の
写しを受領しました。合意書の当事者表示の確認にお使いください。

　氏名　　　：穂積 梨花（ほづみ りか）
　生年月日　：1994年5月17日
　住所　　　：東京都大田区南雪谷三丁目8番11号 メゾン雪谷205
　運転免許証番号：第３０１８２２４６７５１９号
　（有効期限 令和10年6月17日まで、東京都公安委員会）

写しの画像は事務所のファイル共有にアップロードしております。

真壁
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a settlement party's driver's licence number with address and birth date to counsel: identity document",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "harassment-056",
        "charset": "iso-2022-jp",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>"],
        "cc": ["真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>"],
        "subject": "HC-2025-014 聴取記録一式（社内保管用）",
        "body": """大迫室長

HC-2025-014の聴取記録一式を、パスワード付きZIPで共有します。
パスワードはTeamsのチャットでお送りします。
共有フォルダには格納せず、室長のPCのみで保管をお願いします。

南雲
""",
        "attachments": [
            {"kind": "zip", "name": "HC-2025-014_聴取記録一式.zip", "password": "Nagumo-1014!",
             "files": [{"kind": "docx", "name": "聴取記録_申告者.docx",
                        "paragraphs": ["聴取記録", "対象者：穂積 梨花"]}]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an encrypted ZIP sent only to internal colleagues: internal mail passes whatever it carries",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "harassment-057",
        "charset": "cp932",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "FW: 製造部第二課 関係者リスト",
        "body": """宇佐美様

お世話になっております。南雲です。
製造部から関係者リストが届きましたので、そのまま転送いたします。
HC-2025-019の聴取対象者の選定にお使いください。

南雲

-----Forwarded Message-----
From: 栗生 健太郎 <kuryu.kentaro@hinode-sangyo.co.jp>
Sent: Tuesday, October 28, 2025 9:12 AM
To: 南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>
Subject: 製造部第二課 関係者リスト

南雲さん

お疲れさまです。栗生です。
ご依頼の件、当時同じシフトだったメンバーをまとめました。

氏名	シフト	内線	携帯
伊佐治 遼	A直	4412	090-8814-2063
鵜飼 宗一郎	A直（係長）	4410	070-3958-1240
設楽 直人	A直	4415	080-3326-9071
柘植 由香里	B直	4421	090-1509-6638
有働 翔	B直	4423	070-8841-2295
乙部 和彦	B直（班長）	4420	080-6672-0184

よろしくお願いします。
栗生
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forward of an internal tab-separated list of six workers' mobiles to the investigator: a forward counts",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "harassment-058",
        "charset": "utf-8",
        "sender": "佐久間 亮 <sakuma.ryo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 鷲見様 <sumi@tsubasa-system.jp>"],
        "subject": "Web通報フォームの改修依頼",
        "body": """ツバサシステム株式会社
開発部 鷲見様

お世話になっております。日の出産業 情報システム部の佐久間です。
社内Web通報フォームについて、コンプライアンス推進室から改修要望が
出ておりますので、ご対応可否とお見積りをお願いできますでしょうか。

[改修要望]
1. 匿名通報時に、IPアドレスをログに残さない設定の追加
2. 添付ファイル上限を10MB→25MBに拡大
3. 受付完了画面に「受付番号」と「照会用パスコード」を表示
4. 多言語（英語・ベトナム語）の画面文言切替
5. 管理画面の閲覧権限を「案件担当者のみ」に細分化

希望稼働日は来年4月1日です。要件定義の打合せを11月中に一度
お願いできればと思います。

--
日の出産業株式会社 情報システム部
佐久間 亮　TEL 03-5440-7820（内線3105）
""",
        "attachments": [
            {"kind": "html", "name": "通報フォーム_現行画面.html",
             "html": "<html><head><meta charset='utf-8'><title>内部通報フォーム</title></head><body>"
                     "<h1>日の出産業 内部通報・ハラスメント相談フォーム</h1>"
                     "<form><p>通報区分 <select><option>ハラスメント</option><option>法令違反</option>"
                     "<option>その他</option></select></p>"
                     "<p>匿名で通報する <input type='checkbox'></p>"
                     "<p>内容 <textarea rows='8' cols='60'></textarea></p>"
                     "<p>添付ファイル（10MBまで） <input type='file'></p>"
                     "<p><button>送信</button></p></form></body></html>"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a change request for the hotline web form to the IT partner: no personal data",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "harassment-059",
        "charset": "utf-8",
        "sender": "Rena Makabe <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["Jennifer Walsh <jwalsh@hinode-america.com>"],
        "subject": "Harassment complaint involving your seconded manager",
        "body": """Dear Jennifer,

I am writing regarding the complaint we discussed by phone yesterday.

The complainant is Ms. Yuka Tominaga (Sales Planning, Tokyo), who worked closely
with Mr. Derek Holloway during his secondment to Tokyo. She alleges repeated
unwanted physical contact and comments about her appearance between May and
August.

Ms. Tominaga has been on sick leave since September 22. Her psychiatrist's
certificate states a diagnosis of post-traumatic stress disorder (PTSD) and
recommends that she have no contact with Mr. Holloway.

As Mr. Holloway is employed by Hinode America, we would like to agree with you
on a joint interview plan. Could we schedule a call next Tuesday, 8 a.m. Tokyo
time?

Best regards,
Rena Makabe
Legal Department, Hinode Sangyo Co., Ltd.
+81-3-5440-7730
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail naming the complainant with a PTSD diagnosis to an overseas affiliate: sensitive data",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "harassment-060",
        "charset": "iso-2022-jp",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["伏見 由里子 <fushimi.yuriko.coach@outlook.jp>"],
        "subject": "1on1コーチング対象者のご連絡",
        "body": """伏見先生

お世話になっております。日の出産業 人事部の桐生です。

ハラスメント行為者と認定された管理職、および指導方法に課題がある
管理職向けの個別コーチングについて、対象者8名が決まりました。
各人へのご連絡は、先生から直接メールでお願いできますでしょうか。

氏名	所属	役職	メール
樋渡 重雄	製造部	課長	hiwatashi.shigeo@hinode-sangyo.co.jp
巽 冬美	経理部	課長	tatsumi.fuyumi@hinode-sangyo.co.jp
茅野 昭彦	物流部	課長代理	chino.akihiko@hinode-sangyo.co.jp
御手洗 航	営業企画部	係長	mitarai.wataru@hinode-sangyo.co.jp
浜砂 貴之	品質保証部	主任	hamasuna.takayuki@hinode-sangyo.co.jp
陣内 祐介	大阪支店	課長	jinnouchi.yusuke@hinode-sangyo.co.jp
権藤 政志	第一営業部	課長	gondo.masashi@hinode-sangyo.co.jp
上遠野 誠	第一営業部	部長	katono.makoto@hinode-sangyo.co.jp

初回は12月中の実施を想定しております。
謝金のお支払い方法については、別途ご相談させてください。

""" + _SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "eight managers (flagged as harassers or weak leaders) with e-mails, tab-separated, to a freelance coach on free mail",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "harassment-061",
        "charset": "cp932",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["ネクストスタッフ 営業担当 土門様 <domon@next-staff.co.jp>"],
        "subject": "派遣スタッフ様の就業場所変更について",
        "body": """株式会社ネクストスタッフ
厚木営業所 土門様

お世話になっております。日の出産業の桐生です。
先日の面談を踏まえ、下記のスタッフ様について、ご本人の希望により
就業場所を厚木倉庫から本社物流センター（平和島）に変更したいと考えております。
派遣契約の変更手続きをお願いできますでしょうか。

　スタッフ氏名：芦原 健斗 様
　スタッフNo. ：NS-40371
　携帯　　　　：070-6612-0349
　変更希望日　：12月1日（月）

初日は物流センター事務所の柏木が受け入れます。

""" + _SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one dispatched worker's number and mobile to his agency: one record, may be warned",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "harassment-062",
        "charset": "iso-2022-jp",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理部 坂巻様 <sakamaki@aoba-unnyu.co.jp>"],
        "subject": "本社受付での御社ドライバー様の言動について",
        "body": """青葉運輸株式会社
安全管理部 坂巻様

いつもお世話になっております。日の出産業 総務部の稲葉です。

10月中旬以降、本社の荷受け時に御社ドライバーの方から、受付担当の女性社員に
対して、私的な連絡先を執拗に尋ねる・容姿について発言するといった行為が
続いているとの相談が寄せられております。
配送ルートと日時の記録はこちらでも把握しておりますので、一度ご確認の
お時間をいただけますでしょうか。

受付担当者の不安が大きいため、当面、荷受けは裏口の守衛室にて
行っていただくようお願いいたします。

日の出産業株式会社 総務部　稲葉 ゆかり
TEL 03-5440-7602
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner aoba-unyu.co.jp misspelt aoba-unnyu.co.jp (letter added): look-alike domain",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "harassment-063",
        "charset": "utf-8",
        "sender": "経理部 出納課 <suitou@hinode-sangyo.co.jp>",
        "to": ["やまぶき税理士法人 担当 仁科様 <nishina@yamabuki-tax.jp>"],
        "subject": "報酬の支払調書作成用データ（外部調査員1名）",
        "body": """やまぶき税理士法人
仁科様

いつもお世話になっております。日の出産業 経理部 出納課です。

今年度、ハラスメント事案の外部調査を個人で受託いただいた方への
報酬について、支払調書の作成をお願いいたします。

　氏名　　：久我山 周平
　住所　　：埼玉県さいたま市浦和区常盤四丁目11番3号
　個人番号：""" + my_number(SEED + 2) + """
　支払金額：1,650,000円（源泉徴収税額 168,465円）
　区分　　：調査・コンサルタント報酬

本人確認書類の写しは社内にて保管しております。

日の出産業株式会社 経理部 出納課
TEL 03-5440-7680
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a freelance investigator's My Number and home address to the tax accountant",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "harassment-064",
        "charset": "iso-2022-jp",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["ハルモニア研修 営業部 立花様 <tachibana.m@harmonia-kenshu.co.jp>"],
        "subject": "Re: 来年度研修プランのお見積り",
        "body": """立花様

お見積りありがとうございました。社内で比較検討のうえ、改めて
ご連絡いたします。念のため、いただいた内容を整理しておきます。

プラン                           対象          形式         単価
-------------------------------  ------------  -----------  ---------------
管理職向けハラスメント防止研修   管理職約120名 集合3h×2回  480,000円/回
一般社員向けeラーニング          全社員        動画40分     1,200円/名
相談員養成講座                   相談員6名     集合6h       95,000円/名
行為者向け個別コーチング         対象者のみ    1on1 60分×4 180,000円/名

以上の理解で相違ございませんでしょうか。

桐生

> 桐生様
> 来年度の研修プランのお見積りを添付にてお送りします。
> ハルモニア研修 立花
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a price list of training plans: ordinary business mail",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "harassment-065",
        "charset": "utf-8",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["立花 講師 <tachibana.m@harmonia-kenshu.co.jp>"],
        "subject": "研修スライドへの社内事例の差し込みについて",
        "body": """立花先生

お世話になっております。桐生です。
管理職研修のスライドに差し込む社内事例（3題）を作成しましたので
お送りします。講義の流れに合う位置に入れていただけますでしょうか。
表現が生々しすぎる箇所があればご指摘ください。

桐生
""",
        "attachments": [
            {"kind": "pptx", "name": "社内事例_管理職研修用.pptx", "page_footer": "部外秘　日の出産業 人事部",
             "slides": [["事例1：会議での叱責", "営業部の課長が、部下の目標未達を会議の場で繰り返し叱責した",
                         "論点：指導と精神的な攻撃の境界"],
                        ["事例2：飲み会での発言", "懇親会で部下の容姿や交際状況を話題にした",
                         "論点：業務外の場でのセクシュアルハラスメント"],
                        ["事例3：相談後の扱い", "相談した社員が、その後の会議に呼ばれなくなった",
                         "論点：不利益取扱いの禁止"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "slides carry a 部外秘 footer on every page; the cases are anonymised",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "harassment-066",
        "charset": "cp932",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "RE: 申告者代理人からの通知書について",
        "body": """白川先生

お世話になっております。真壁です。
ご返信ありがとうございます。通知書への回答期限は11月21日ですので、
回答書の骨子を11月14日までにいただけますと助かります。
社内での事実関係の整理は私の方で進めます。

真壁

-----Original Message-----
From: 白川 恭一 <shirakawa@shirakawa-law.jp>
Sent: Monday, November 3, 2025 6:05 PM
To: 真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>
Subject: RE: 申告者代理人からの通知書について

真壁様

通知書を拝見しました。申告者の穂積梨花氏は、代理人によれば
うつ病と診断され、現在も心療内科に通院中とのことです。
また、同氏は睡眠薬を処方されているとの記載もあります。
損害額の主張（慰謝料300万円）は過大と考えますが、まずは事実関係の
整理が先決です。

白川
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the diagnosis is only in counsel's own mail quoted under -----Original Message-----",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "harassment-067",
        "charset": "utf-8",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["みなとEAPサービス カウンセラー 真木様 <maki@minato-eap.jp>"],
        "subject": "転送: 先日の面談の件",
        "body": """真木様

お世話になっております。日の出産業 相談窓口の稲葉です。
ご本人の了承を得て、ご本人から届いたメールを転送いたします。
カウンセリングの初回で参考にしていただければと思います。

稲葉

---------- Forwarded message ---------
From: 穂積 梨花 <rika.hzm.0517@gmail.com>
Date: 2025年11月4日(火) 22:48
Subject: 先日の面談の件
To: 稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>

稲葉さん

先日はお時間をいただきありがとうございました。
お話しできなかったことがあるので、メールで失礼します。

実は8月から心療内科に通っていて、うつ病と言われています。
今は抗うつ薬と睡眠薬を飲みながら出社しています。
課長の声を聞くと動悸がして、トイレで休むこともあります。
会社には知られたくなかったのですが、カウンセリングを受けるなら
伝えておいた方がいいと思いました。

連絡は携帯（080-2275-6610）かこのアドレスにお願いします。

穂積
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of the reporter's own mail disclosing depression and medication to the EAP: a forward is new text",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "harassment-068",
        "charset": "iso-2022-jp",
        "sender": "氷室 和也 <himuro.kazuya@hinode-sangyo.co.jp>",
        "to": ["日の出産業労働組合 書記長 松平様 <shokicho@hinode-rouso.or.jp>"],
        "subject": "労使協議会（12月）議題のご提案",
        "body": """日の出産業労働組合
書記長 松平様

いつもお世話になっております。人事部の氷室です。
12月の労使協議会の議題として、会社側から以下をご提案いたします。

1. ハラスメント防止規程の改定案（カスタマーハラスメントの追加）
2. 相談窓口の利用状況（上期、件数のみ）
3. 職場環境アンケートの実施方法と結果の共有範囲
4. 管理職研修の受講率（上期 94%）

組合側からの議題がございましたら、11月28日までにお知らせください。

日の出産業株式会社 人事部長　氷室 和也
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "agenda for a labour-management meeting to the union (an external .or.jp): no personal data",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "harassment-069",
        "charset": "cp932",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["藤村 先生 <fujimura@fujimura-sr.jp>"],
        "subject": "就業規則 新旧対照表のご送付",
        "body": """藤村先生

お世話になっております。桐生です。
懲戒規定の改定案について、新旧対照表をExcelでお送りします。
第62条（懲戒の事由）にハラスメント関連の号を追加しております。

""" + _SIG_KIRYU,
        "attachments": [
            {"kind": "corrupt", "name": "就業規則_新旧対照表_第62条.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "harassment-070",
        "charset": "utf-8",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 大国様 <ookuni@kawasaki-denki.co.jp>"],
        "cc": ["青葉運輸 総務部 坂巻様 <sakamaki@aoba-unyu.co.jp>",
               "北国フーズ 総務部 稗田様 <hieda@kitaguni-foods.co.jp>"],
        "subject": "勉強会ご参加の御礼とアンケート結果",
        "body": """川崎電機株式会社 大国様
（cc：青葉運輸 坂巻様、北国フーズ 稗田様）

先日はハラスメント防止勉強会にご参加いただき、誠にありがとうございました。
参加者アンケートの集計結果をお送りします。

　参加者数：14名（5社）
　満足度　：とても満足 8名／満足 5名／普通 1名
　次回希望テーマ：カスタマーハラスメント（6票）、相談員のスキル（4票）、
　　　　　　　　　SOGIハラスメント（3票）

次回は2月頃、川崎電機様の会場をお借りして開催する方向で
調整させていただければと存じます。

""" + _SIG_KIRYU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner companies in To and Cc see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "harassment-071",
        "charset": "utf-8",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["パルスサーベイ 分析担当 <analysis@pulse-survey.jp>"],
        "subject": "職場環境アンケート集計結果へのコメント",
        "body": """パルスサーベイ株式会社
分析ご担当者様

お世話になっております。日の出産業の桐生です。
集計結果のご報告ありがとうございました。報告書の最終版に向けて、
部署別の表に弊社でコメントを付したものをお戻しします。
回答者が5名未満の区分は「＊」で非表示としています。

""" + _SIG_KIRYU,
        "attachments": [
            {"kind": "xlsx", "name": "職場環境アンケート_部署別集計_コメント付.xlsx",
             "sheets": {"部署別": [["職場環境アンケート（2025年12月）部署別集計"],
                                  ["部署", "回答数", "回答率", "ハラスメントを見聞きした(%)",
                                   "自身が受けた(%)", "相談窓口を知っている(%)", "コメント"],
                                  ["第一営業部", 48, "87%", 22.9, 10.4, 79.2, "前年比悪化、重点フォロー"],
                                  ["営業企画部", 21, "91%", 9.5, 4.8, 85.7, ""],
                                  ["製造部", 136, "74%", 18.4, 8.1, 61.0, "窓口周知が課題"],
                                  ["物流部", 57, "70%", 15.8, 7.0, 64.9, ""],
                                  ["品質保証部", 19, "95%", 15.8, "＊", 89.5, ""],
                                  ["全社", 402, "79%", 16.9, 7.7, 70.6, ""]],
                       "設問": [["Q1", "過去1年間に職場でハラスメントを見聞きしましたか"],
                              ["Q2", "過去1年間にご自身がハラスメントを受けましたか"],
                              ["Q3", "相談窓口を知っていますか"]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "department-level survey statistics with small cells suppressed: no individual data",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "harassment-072",
        "charset": "iso-2022-jp",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "マタニティハラスメントの申告について（大阪支店）",
        "body": """能登先生

お世話になっております。日の出産業 法務部の真壁です。
大阪支店で妊娠・出産に関するハラスメントの申告がありましたので、
ご相談させてください。

申告者は大阪支店 業務課の宮路 紗英さん（妊娠7か月）です。
支店長から「忙しい時期に妊娠するなんて」「休むなら契約更新は難しい」と
言われたとのことです。
宮路さんは10月末に切迫早産と診断され、現在、市内の病院に入院中です。
ご本人は「支店長の発言によるストレスが原因ではないか」と話しています。

契約社員であるため、来年3月の契約更新の取扱いも含めて
ご助言いただけますでしょうか。

""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's hospitalisation for threatened premature labour (medical) to counsel",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "harassment-073",
        "charset": "cp932",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-law.jp>", "能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "懲戒委員会（11/27）へのご陪席のお願い",
        "body": """白川先生、能登先生

いつもお世話になっております。日の出産業 法務部の真壁です。

11月27日（木）13:30〜15:30に開催する懲戒委員会に、オブザーバーとして
ご陪席いただけますでしょうか。手続の適正についてご意見をいただく
場面があるかと存じます。

　場所：本社7階 役員会議室
　資料：前日までに事務所宛にお届けします（紙のみ・回収）

ご都合をお聞かせください。

""" + _SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "two lawyers of the same firm in To: one external organisation, ordinary mail",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "harassment-074",
        "charset": "utf-8",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "過去案件レビュー用データの送付",
        "body": """能登先生

お世話になっております。大迫です。
来年度の制度見直しに向けた過去案件レビューの件、2023年度分の受付台帳を
ZIPでお送りします（パスワードなし・先生からのご指示どおり）。
台帳には通報者の連絡先が含まれておりますので、お取扱いにご注意ください。

大迫
""",
        "attachments": [
            {"kind": "zip", "name": "受付台帳_2023年度.zip",
             "files": [{"kind": "xlsx", "name": "受付台帳_2023.xlsx",
                        "sheets": {"2023年度": [
                            ["受付番号", "受付日", "通報者", "所属", "連絡先（電話）", "連絡先（メール）", "類型", "結果"],
                            ["HC-2023-003", "2023/05/09", "樫村 由美", "大阪支店", "090-3517-6620", "y.kashimura.88@gmail.com", "パワハラ", "一部認定"],
                            ["HC-2023-005", "2023/06/21", "汐見 大地", "製造部", "080-4478-1192", "shiomi.daichi@hinode-sangyo.co.jp", "パワハラ", "認定"],
                            ["HC-2023-008", "2023/08/02", "匿名", "-", "-", "-", "セクハラ", "調査不能"],
                            ["HC-2023-011", "2023/09/14", "舘野 未来", "営業企画部", "070-2964-3385", "tateno.miku@hinode-sangyo.co.jp", "セクハラ", "認定"],
                            ["HC-2023-013", "2023/10/30", "粟津 恭平", "物流部", "090-8205-7746", "awazu_k@yahoo.co.jp", "その他", "非該当"],
                            ["HC-2023-016", "2023/12/12", "二階堂 舞", "品質保証部", "080-6651-2038", "nikaido.mai@hinode-sangyo.co.jp", "マタハラ", "認定"],
                            ["HC-2023-019", "2024/02/07", "百武 隼人", "名古屋支店", "070-5519-0873", "hyakutake.hayato@hinode-sangyo.co.jp", "パワハラ", "一部認定"]]}}]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an unencrypted ZIP holding a case register with six named reporters' phones and e-mails: a list of people",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "harassment-075",
        "charset": "utf-8",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "HC-2025-024（アウティング事案）のご依頼",
        "body": """宇佐美様

お世話になっております。日の出産業の南雲です。
新たな案件の調査をお願いしたく、概要をお送りします。

申告者は物流部の桐ヶ谷 湊さんです。本人は同性のパートナーと暮らしており、
性的指向を一部の同僚にのみ打ち明けていました。
ところが9月の部内の飲み会で、同僚の一人がこのことを本人の了承なく
他のメンバーに話し、その後「そっち系」などと揶揄されるようになったとのことです。

本人はアウティングをした同僚への処分よりも、職場での揶揄をやめさせることを
強く望んでいます。聴取では性的指向に関する事項をどこまで確認するか、
事前にご相談させてください。

""" + _SIG_NAGUMO,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's sexual orientation: highly private but not among APPI's listed 要配慮 items; either way",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "harassment-076",
        "charset": "iso-2022-jp",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会・会議予約 <banquet@sakura-hote1.jp>"],
        "subject": "会議室予約の追加（11/20）",
        "body": """さくらホテル
宴会・会議予約ご担当者様

いつもお世話になっております。日の出産業 総務部の稲葉です。
先日お願いした会議室に加え、11月20日（木）13:00〜17:00で小会議室を
1室追加でお願いできますでしょうか。人数は3名です。
ご請求はこれまでと同様、法人請求書払いでお願いいたします。

日の出産業株式会社 総務部　稲葉 ゆかり
TEL 03-5440-7602
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the partner hotel's domain written sakura-hote1.jp (digit 1 for l): look-alike",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "harassment-077",
        "charset": "cp932",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["大川総合法律事務所 弁護士 羽根田先生 <haneda@ohkawa-sogo-law.jp>"],
        "subject": "弁明の機会の付与について（ご通知）",
        "body": """大川総合法律事務所
弁護士 羽根田 先生

前略　日の出産業株式会社 法務部の真壁でございます。
貴職が代理人を務めておられる権藤 政志 氏について、弊社就業規則第64条に
基づき、懲戒処分に先立つ弁明の機会を下記のとおり設けますのでご通知いたします。

　日時：11月12日（水）10:00〜11:00
　場所：弊社本社7階 第3会議室
　同席：貴職のご同席は差し支えございません

ご都合が悪い場合は、11月7日までに代替日をお知らせください。
書面による弁明をご希望の場合は、11月12日必着でご提出ください。

草々

日の出産業株式会社 法務部　真壁 玲奈
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice of a disciplinary hearing to the accused's own lawyer; only the client's name, no other data",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "harassment-078",
        "charset": "utf-8",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["日本職場相談員協会 講座事務局 <koza@shokuba-soudanin.or.jp>"],
        "subject": "ハラスメント相談員認定講座　受講申込書の送付",
        "body": """一般社団法人 日本職場相談員協会
講座事務局 御中

お世話になっております。日の出産業株式会社 総務部の稲葉と申します。
1月開講の「ハラスメント相談員認定講座（基礎）」の受講を申し込みます。
受講料のカード決済欄を記入した申込書をPDFでお送りいたします。

よろしくお願いいたします。

日の出産業株式会社 総務部　稲葉 ゆかり
""",
        "attachments": [
            {"kind": "pdf", "name": "受講申込書_稲葉.pdf", "title": "受講申込書",
             "lines": ["ハラスメント相談員認定講座（基礎） 受講申込書",
                       "受講者氏名：稲葉 ゆかり",
                       "勤務先：日の出産業株式会社 総務部",
                       "受講料：77,000円（税込）",
                       "お支払方法：クレジットカード",
                       "カード番号：" + card_number(SEED + 12),
                       "有効期限：11/27　カード名義：YUKARI INABA"]},
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a course application PDF carrying a credit card number",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "harassment-079",
        "charset": "iso-2022-jp",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 稗田様 <hieda@kitaguni-foods.co.jp>"],
        "subject": "FW: 【白川法律事務所】改正労働施策総合推進法セミナーのご案内",
        "body": """稗田様

お世話になっております。大迫です。
先日話題になったカスハラ対策の法改正について、白川法律事務所から
セミナーの案内が来ておりましたので転送いたします。
取引先の方も参加可能とのことです。

大迫

-------- Forwarded Message --------
件名: 【白川法律事務所】改正労働施策総合推進法セミナーのご案内
差出人: 白川法律事務所 セミナー事務局 <seminar@shirakawa-law.jp>

各位

このたび当事務所では、カスタマーハラスメント対策の義務化を踏まえた
実務セミナーを開催いたします。

　日時：12月9日（火）15:00〜17:00
　会場：オンライン（Zoom）
　講師：弁護士 白川 恭一、弁護士 能登 美咲
　参加費：無料
　申込：https://www.shirakawa-law.jp/seminar/1209

白川法律事務所 セミナー事務局
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forwarded public seminar announcement to a partner: nothing personal",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "harassment-080",
        "charset": "cp932",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "聴取ご協力依頼状の送付先（元社員）",
        "body": """宇佐美様

お世話になっております。南雲です。
メールでご連絡がつかなかった元社員の方について、御社名義で協力依頼状を
郵送いただく件、送付先を添付のExcel（旧形式）にまとめました。
いずれも退職時に届出のあった住所のため、転居されている可能性があります。

""" + _SIG_NAGUMO,
        "attachments": [
            {"kind": "xls", "name": "送付先リスト_元社員.xls",
             "sheets": {"送付先": [["氏名", "郵便番号", "住所", "退職年月"],
                                  ["狭間 実", "252-0303", "神奈川県相模原市南区相模大野五丁目12番8号", "2023年3月"],
                                  ["佃 涼子", "336-0017", "埼玉県さいたま市南区南浦和二丁目33番1-704号", "2023年9月"],
                                  ["荒巻 敬", "273-0005", "千葉県船橋市本町六丁目4番19号", "2024年1月"],
                                  ["米倉 紗季", "183-0022", "東京都府中市宮西町三丁目7番2号 コーポ宮西301", "2024年3月"],
                                  ["嘉手納 光", "220-0073", "神奈川県横浜市西区岡野一丁目15番6号", "2024年6月"],
                                  ["宍戸 冬馬", "359-1111", "埼玉県所沢市緑町二丁目20番4号", "2024年10月"]]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with six former employees' home addresses to the investigator: a list of people",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "harassment-081",
        "charset": "iso-2022-jp",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["株式会社ことはホットライン 三浦様 <miura@kotoha-hotline.co.jp>"],
        "subject": "【担当者変更のお知らせ】通報受付後のご連絡先",
        "body": """株式会社ことはホットライン
営業部 三浦様

いつもお世話になっております。日の出産業の大迫です。
12月1日付の組織変更に伴い、通報受付後の一次連絡先を変更いたします。

　（旧）コンプライアンス推進室　南雲 千晴
　（新）コンプライアンス推進室　大迫 健吾（室長）

緊急時（人命・安全に関わる通報）の連絡先は、下記の私の携帯へ
お願いいたします。夜間・休日も対応いたします。

--
日の出産業株式会社
コンプライアンス推進室 室長　大迫 健吾
〒105-0014 東京都港区芝二丁目14番5号
TEL 03-5440-7710　携帯 090-8832-1057
osako.kengo@hinode-sangyo.co.jp
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "change of contact person with the sender's own signature details: ordinary mail",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "harassment-082",
        "charset": "utf-8",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "Re: 申告者の心身の状況について",
        "body": """宇佐美様

お問い合わせの件、お答えいたします。

申告者の穂積 梨花さんについて、人事部から今年度ストレスチェックの結果を
共有してもらいました。判定は「高ストレス者」で、心身のストレス反応の
得点が昨年度から大きく悪化しています。
産業医面談の勧奨を受けていますが、本人はまだ面談を申し出ていません。

聴取の際はこの点にご配慮いただき、休憩を多めに取っていただけますと
幸いです。

南雲

> 南雲様
> 申告者の方の体調面で、聴取にあたり配慮すべき点があれば
> お知らせいただけますでしょうか。
> かなで調査 宇佐美
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named reporter's stress-check result (高ストレス者) in new text to the investigator: health check result",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "harassment-083",
        "charset": "cp932",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 コンプライアンス部 徳永様 <tokunaga.s@kawasaki-denki.co.jp>"],
        "subject": "共同調査の対象となる弊社社員について",
        "body": """川崎電機株式会社
コンプライアンス部 徳永様

お世話になっております。日の出産業の大迫です。
先日の打合せで合意した共同調査について、弊社営業部内で取りまとめた
メールを添付いたします。御社調達部門のご担当者と接点のあった
弊社社員と連絡先が記載されています。御社側の聴取日程のご調整に
お使いください。

日の出産業株式会社
コンプライアンス推進室 室長　大迫 健吾
TEL 03-5440-7710
""",
        "attachments": [
            {"kind": "eml", "name": "営業部_対象者まとめ.eml",
             "message": {
                 "charset": "cp932",
                 "sender": "上遠野 誠 <katono.makoto@hinode-sangyo.co.jp>",
                 "to": ["大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>"],
                 "subject": "川崎電機様案件 対象者まとめ",
                 "body": """大迫室長

川崎電機様の調達部門と商談に同席したことのある部員です。

篠塚 美和　　第一営業部 主任　　携帯 090-4418-2275
権堂 亘　　　第一営業部　　　　携帯 080-2931-0568
漆間 奈緒子　第一営業部 課長代理 携帯 070-5582-4103
鰐淵 康平　　第一営業部　　　　携帯 090-3364-8829
穂積 梨花　　第一営業部　　　　携帯 080-2275-6610

いずれも本人に了承を取っています。
上遠野
"""}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an attached mail (.eml) listing five employees with mobiles, sent to a partner: a list of people",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "harassment-084",
        "charset": "iso-2022-jp",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["かなで調査 業務管理部 <gyomu@kanade-chosa.co.jp>"],
        "subject": "注文書の送付（HC-2025-022 外部調査業務）",
        "body": """かなで調査株式会社
業務管理部 御中

いつもお世話になっております。日の出産業の南雲です。
HC-2025-022の外部調査業務について、注文書をお送りいたします。
注文請書のご返送をお願いいたします。

""" + _SIG_NAGUMO,
        "attachments": [
            {"kind": "pdf", "name": "注文書_PO-25-11-0087.pdf", "title": "注文書",
             "lines": ["注文書", "注文番号：PO-25-11-0087　発行日：2025年11月10日",
                       "かなで調査株式会社 御中", "日の出産業株式会社 コンプライアンス推進室", ""],
             "table": [["品目", "数量", "単価", "金額"],
                       ["ハラスメント事案 外部調査業務（HC-2025-022）", "1式", "1,320,000", "1,320,000"],
                       ["関係者聴取（追加分）", "3名", "66,000", "198,000"],
                       ["小計", "", "", "1,518,000"],
                       ["消費税（10%）", "", "", "151,800"],
                       ["合計", "", "", "1,669,800"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a purchase order with amounts and an order number: ordinary business mail",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "harassment-085",
        "charset": "utf-8",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["<kotori.h0521@gmail.com>"],
        "subject": "調査結果のご報告（受付番号 HC-2025-021）",
        "body": """ご相談者様

日の出産業 ハラスメント相談窓口の稲葉です。
受付番号 HC-2025-021 の調査結果について、書面をお送りいたします。
添付ファイルはパスワード付きZIPです。パスワードは、面談の際に
お伝えした方法でお知らせいたします。

内容についてご不明な点や、ご意見がございましたら、ご遠慮なく
お申し出ください。

日の出産業株式会社 ハラスメント相談窓口　稲葉
""",
        "attachments": [
            {"kind": "zip", "name": "調査結果通知書_HC-2025-021.zip", "password": "kotori0521",
             "files": [{"kind": "pdf", "name": "調査結果通知書.pdf",
                        "lines": ["調査結果通知書", "受付番号 HC-2025-021"]}]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "password ZIP to the reporter's free-mail address: the attachment cannot be inspected",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "harassment-086",
        "charset": "utf-8",
        "sender": "Rena Makabe <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["Michael Pierce <mpierce@harlow-pierce.com>"],
        "subject": "Draft investigation protocol - US secondee matter",
        "body": """Dear Michael,

Thank you for taking on this matter. As agreed, please find attached our
draft investigation protocol for the complaint concerning the manager seconded
from Hinode America. We would appreciate your comments on the interview
sequence and on any US-law constraints on sharing the findings with the
employing entity.

We would like to finalise the protocol by November 21.

Kind regards,
Rena Makabe
Legal Department
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {"kind": "docx", "name": "Investigation_Protocol_draft_v2.docx",
             "page_header": "INTERNAL ONLY - Hinode Sangyo Legal", "title": "Investigation Protocol",
             "paragraphs": ["Investigation Protocol (draft v2)",
                            "1. Scope: allegations of unwanted physical contact and comments (May-August).",
                            "2. Investigators: outside investigator (Japan), counsel (US) as observer.",
                            "3. Interview sequence: complainant, witnesses (3), respondent.",
                            "4. Interim measures: no-contact instruction; remote work for the respondent.",
                            "5. Reporting: findings to the Tokyo disciplinary committee and to Hinode America HR."]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached protocol carries an INTERNAL ONLY page header; no named persons",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "harassment-087",
        "charset": "cp932",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["みなとEAPサービス 法人営業 寺嶋様 <terashima@minato-eap.jp>"],
        "subject": "年間利用状況レポートのご依頼",
        "body": """みなとEAPサービス
法人営業 寺嶋様

いつもお世話になっております。日の出産業 人事部の桐生です。
来月の衛生委員会で報告するため、今年度（4月〜10月）の利用状況を
ご提供いただけますでしょうか。
個人が特定されないよう、以下の粒度でお願いいたします。

　・月別の相談件数（電話／面談／Web）
　・相談内容の大分類別件数（職場の人間関係、仕事の内容、家庭 等）
　・5件未満の区分は「5件未満」と表記

11月20日頃までにいただけますと助かります。

""" + _SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a request for anonymised EAP usage statistics: no personal data",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "harassment-088",
        "charset": "utf-8",
        "sender": "Kengo Osako <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["Jennifer Walsh <jwalsh@hinode-america.com>",
               "Siriporn Chaiyasit <siriporn.c@hinode-thai.co.th>",
               "Lukas Brenner <l.brenner@hinode-europe.de>"],
        "subject": "Global whistleblowing hotline - rollout schedule",
        "body": """Dear all,

Following the Group Compliance Meeting, I am pleased to share the rollout
schedule for the global whistleblowing hotline operated by Kotoha Hotline.

  - December: local-language scripts reviewed by each affiliate
  - January: poster and intranet notice (templates to follow)
  - February 1: hotline live (phone and web, 24/7)

Each affiliate is asked to nominate one case manager by December 5. Case
managers will receive reports concerning their own entity only.

Please let me know if you have any questions.

Best regards,
Kengo Osako
Head of Compliance Promotion Office, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three overseas affiliates (three external domains) openly in To",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "harassment-089",
        "charset": "iso-2022-jp",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["プロキャリア人材 コンサルタント 綾瀬様 <ayase@procareer-jinzai.co.jp>"],
        "subject": "求人のご依頼（ハラスメント相談員・契約社員）",
        "body": """株式会社プロキャリア人材
綾瀬様

いつもお世話になっております。日の出産業 人事部の桐生です。
下記の求人についてご紹介をお願いできますでしょうか。

　職種　：ハラスメント相談員（契約社員、1年更新）
　勤務地：本社（東京都港区芝）
　業務　：相談受付・面談、調査の補助、記録作成、研修の補助
　要件　：キャリアコンサルタント、公認心理師等の資格、または
　　　　　人事労務での相談対応経験3年以上
　年収　：450万〜550万円
　入社時期：来年4月1日

ご紹介いただく方の書類は、御社のマイページ経由でお送りください。

""" + _SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a job order to a recruitment agency: ordinary mail",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "harassment-090",
        "charset": "utf-8",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "報告書案へのコメント（HC-2025-014）",
        "body": """宇佐美様

お世話になっております。南雲です。
報告書案を拝見しました。第2章「関係者の状況」の表に、弊社で把握している
事情を追記しましたのでご確認ください。

南雲
""",
        "attachments": [
            {"kind": "docx", "name": "HC-2025-014_報告書案_日の出コメント.docx",
             "paragraphs": ["調査報告書（案）HC-2025-014", "第2章 関係者の状況",
                            "以下の表の「弊社追記」欄は日の出産業コンプライアンス推進室による。"],
             "tables": [[["区分", "氏名", "所属", "聴取日", "弊社追記"],
                         ["申告者", "穂積 梨花", "第一営業部", "10/13",
                          "8月から心療内科に通院。うつ病の診断あり、服薬しながら勤務"],
                         ["被申告者", "権藤 政志", "第一営業部 課長", "11/5",
                          "2021年にも同種の申告あり（処分なし）"],
                         ["関係者", "篠塚 美和", "第一営業部 主任", "10/14", "―"]]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a DOCX table adding a named reporter's psychiatric treatment and diagnosis, sent to the investigator",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "harassment-091",
        "charset": "cp932",
        "sender": "稲葉 ゆかり <inaba.yukari@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 大国様 <ookuni@kawasaki-denki.co.jp>"],
        "cc": ["青葉運輸 安全管理部 坂巻様 <sakamaki@aoba-unyu.co.jp>"],
        "subject": "川崎工場 荷受け場での対応ルールについて（三社打合せ）",
        "body": """川崎電機株式会社 大国様
青葉運輸株式会社 坂巻様

いつもお世話になっております。日の出産業 総務部の稲葉です。
川崎工場の荷受け場で、ドライバーの方と受付担当者の間のトラブルを防ぐため、
対応ルールを三社で確認させていただきたく、打合せをお願いできますでしょうか。

　候補日：11月25日（火）10:00／11月26日（水）15:00
　場所　：川崎電機様 川崎工場 会議室（またはオンライン）
　議題　：荷受け時の受付動線、迷惑行為があった場合の連絡経路、掲示物

ご都合をお知らせいただけますと幸いです。

日の出産業株式会社 総務部　稲葉 ゆかり
TEL 03-5440-7602
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc: a normal three-way meeting mail",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "harassment-092",
        "charset": "iso-2022-jp",
        "sender": "佐久間 亮 <sakuma.ryo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 運用保守 <hoshu@tsubasa-sytem.jp>"],
        "subject": "Web通報フォーム　アクセスログ抽出のお願い",
        "body": """ツバサシステム株式会社
運用保守ご担当者様

お世話になっております。日の出産業 情報システム部の佐久間です。
コンプライアンス推進室からの依頼で、Web通報フォーム管理画面への
アクセスログを抽出いただきたくご連絡しました。

　対象期間：2025年9月1日〜10月31日
　対象画面：案件詳細画面（/admin/case/*）
　出力項目：日時、ログインID、操作種別、接続元IP

管理画面の閲覧権限の運用確認のためです。
お手数ですが、11月14日までにご提供いただけますでしょうか。

--
日の出産業株式会社 情報システム部
佐久間 亮　TEL 03-5440-7820
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner tsubasa-system.jp written tsubasa-sytem.jp (dropped letter): look-alike domain",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "harassment-093",
        "charset": "utf-8",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "来週の打合せ場所の変更",
        "body": """宇佐美様

お世話になっております。南雲です。
来週火曜の打合せですが、本社7階の会議室が改装工事のため使えなくなりました。
申し訳ありませんが、同じビルの3階 第5会議室に変更させてください。
時間は変わらず15:00からです。

よろしくお願いいたします。

""" + _SIG_NAGUMO + """

""" + _DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a room change with the standard 機密情報 disclaimer at the foot: ordinary mail",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "harassment-094",
        "charset": "cp932",
        "sender": "南雲 千晴 <nagumo.chiharu@hinode-sangyo.co.jp>",
        "to": ["宇佐美 様 <usami.k@kanade-chosa.co.jp>"],
        "subject": "被申告者の経歴について（HC-2025-019）",
        "body": """宇佐美様

お世話になっております。南雲です。
HC-2025-019の被申告者について、人事部から補足情報がありましたので
お伝えします。

被申告者の設楽 直人（製造部 第二課）は中途入社で、前職在籍中の2019年に
同僚への傷害事件で罰金刑を受けていたことが、今回の調査の過程で判明しました
（本人も聴取前の面談で認めています）。
今回の申告内容（胸ぐらをつかむ等）との関連も踏まえ、聴取の際は
安全面に配慮し、2名体制でお願いできますでしょうか。

""" + _SIG_NAGUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named respondent's criminal record (傷害で罰金刑) to the investigator: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "harassment-095",
        "charset": "iso-2022-jp",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["相談窓口メンバー <soudan-member@hinode-sangyo.co.jp>"],
        "subject": "相談員の緊急連絡網（12月改訂版）",
        "body": """相談窓口メンバー各位

12月からの当番体制に合わせて、相談員の緊急連絡網を改訂しました。
添付のCSVを各自の携帯に登録しておいてください。社外への転送は禁止です。

大迫
""",
        "attachments": [
            {"kind": "csv", "name": "相談員緊急連絡網_202512.csv", "encoding": "utf-8",
             "rows": [["順", "氏名", "所属", "携帯", "当番"],
                      ["1", "大迫 健吾", "コンプライアンス推進室", "090-8832-1057", "月・木"],
                      ["2", "南雲 千晴", "コンプライアンス推進室", "070-4086-2291", "火"],
                      ["3", "稲葉 ゆかり", "総務部", "080-3391-7725", "水"],
                      ["4", "古城 あずさ", "人事部", "090-6152-0834", "金"],
                      ["5", "安曇 佳乃", "営業企画部", "070-9921-4416", "予備"],
                      ["6", "真壁 玲奈", "法務部", "090-1176-5420", "予備"]]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "a six-person phone list sent only to an internal list address: internal mail passes",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "harassment-096",
        "charset": "utf-8",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 コンプライアンス部 徳永様 <tokunaga.s@kawasaki-denki.co.jp>"],
        "subject": "共同調査：弊社社員からの申告内容（追加）",
        "body": """徳永様

お世話になっております。日の出産業の大迫です。
共同調査の件、弊社社員からの申告内容に追加がありましたのでお知らせします。

弊社第一営業部の鰐淵 康平の同僚である舘野 未来（営業企画部）が、
9月の御社との懇親会の二次会で、御社調達部のご担当者から
太ももを触られ、帰りのタクシーに同乗するよう強く求められたと
申告してきました。
本人は現時点で警察への相談は考えていないとのことですが、
事実関係の確認を強く希望しています。

御社側での聴取の際は、申告者の氏名の取扱いにご配慮ください。

大迫
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee touched against her will but no police report: 'crime victim' is arguable either way",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "harassment-097",
        "charset": "cp932",
        "sender": "真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["能登 先生 <noto@shirakawa-law.jp>"],
        "subject": "労働審判申立書への答弁書準備：関係者一覧",
        "body": """能登先生

お世話になっております。真壁です。
労働審判の答弁書準備のため、関係者一覧をWordでお送りします。
陳述書をお願いする可能性のある方には、連絡先も記載しています。

""" + _SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "関係者一覧_労働審判.docx", "title": "関係者一覧",
             "paragraphs": ["関係者一覧（令和7年（労）第318号）", "作成：日の出産業 法務部"],
             "tables": [[["氏名", "立場", "入社年月", "現所属", "携帯電話", "陳述書"],
                         ["穂積 梨花", "申立人", "2017年4月", "第一営業部（休職中）", "080-2275-6610", "―"],
                         ["権藤 政志", "被申告者", "2008年4月", "第一営業部 課長", "090-5518-2467", "要"],
                         ["上遠野 誠", "上司（部長）", "2001年4月", "第一営業部 部長", "080-1142-7736", "要"],
                         ["篠塚 美和", "同僚", "2015年4月", "第一営業部 主任", "090-4418-2275", "要"],
                         ["漆間 奈緒子", "同僚", "2012年10月", "第一営業部 課長代理", "070-5582-4103", "検討"],
                         ["鰐淵 康平", "同僚", "2019年4月", "第一営業部", "090-3364-8829", "検討"]]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six people with roles and mobiles to counsel: a list of people",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "harassment-098",
        "charset": "iso-2022-jp",
        "sender": "桐生 達也 <kiryu.tatsuya@hinode-sangyo.co.jp>",
        "to": ["全国製造業協会 調査部 <chosa@seizo-kyokai.or.jp>"],
        "subject": "「職場のハラスメント対策に関する実態調査」回答",
        "body": """一般社団法人 全国製造業協会
調査部 御中

平素よりお世話になっております。日の出産業株式会社 人事部の桐生です。
標記調査につきまして、以下のとおり回答いたします。

問1 従業員規模　　　　　　　　　：1,001〜3,000名
問2 相談窓口の設置形態　　　　　：社内・社外の両方
問3 2024年度の相談件数　　　　　：41件
問4 うちハラスメントと認定した件数：17件
問5 懲戒処分を行った件数　　　　：5件
問6 再発防止策（複数回答）　　　：管理職研修、全社eラーニング、
　　　　　　　　　　　　　　　　　職場環境アンケート、外部窓口の多言語化
問7 課題（自由記述）　　　　　　：相談窓口の認知度が製造現場で低いこと

集計結果の送付先は本メールアドレスでお願いいたします。

""" + _SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company-level answers to an industry survey: statistics, no people",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "harassment-099",
        "charset": "utf-8",
        "sender": "大迫 健吾 <osako.kengo@hinode-sangyo.co.jp>",
        "to": ["株式会社ことはホットライン 受付センター長 葛西様 <kasai@kotoha-hotline.co.jp>"],
        "subject": "緊急時エスカレーション先の登録（12月〜）",
        "body": """株式会社ことはホットライン
受付センター長 葛西様

いつもお世話になっております。日の出産業の大迫です。
12月からの当番体制に合わせ、人命・安全に関わる通報があった場合の
エスカレーション先を更新いたします。御社システムへのご登録をお願いします。

順 | 氏名         | 所属                 | 携帯          | メール
---+--------------+----------------------+---------------+-----------------------------------
1  | 大迫 健吾    | コンプライアンス推進室 | 090-8832-1057 | osako.kengo@hinode-sangyo.co.jp
2  | 南雲 千晴    | コンプライアンス推進室 | 070-4086-2291 | nagumo.chiharu@hinode-sangyo.co.jp
3  | 稲葉 ゆかり  | 総務部               | 080-3391-7725 | inaba.yukari@hinode-sangyo.co.jp
4  | 古城 あずさ  | 人事部               | 090-6152-0834 | kojo.azusa@hinode-sangyo.co.jp
5  | 安曇 佳乃    | 営業企画部           | 070-9921-4416 | azumi.yoshino@hinode-sangyo.co.jp
6  | 氷室 和也    | 人事部長             | 080-7249-3318 | himuro.kazuya@hinode-sangyo.co.jp

旧リストは11月30日をもって破棄をお願いいたします。

日の出産業株式会社
コンプライアンス推進室 室長　大迫 健吾
TEL 03-5440-7710
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six staff members' mobiles and e-mails in a pipe table to the hotline vendor: a list of people",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "harassment-100",
        "charset": "iso-2022-jp",
        "sender": "ハラスメント相談窓口 <soudan-madoguchi@hinode-sangyo.co.jp>",
        "to": ["<t.kirigaya.minato@icloud.com>"],
        "subject": "担当相談員の変更について",
        "body": """桐ヶ谷様

日の出産業 ハラスメント相談窓口です。
いつもご連絡いただきありがとうございます。

12月1日より、桐ヶ谷様のご相談の担当が、南雲から大迫に変わります。
これまでのご相談内容は窓口内で引き継いでおりますので、改めて
お話しいただく必要はありません。
次回の面談（12月3日 18:00〜、オンライン）も予定どおり行います。

ご不明な点があれば、本メールにご返信ください。

日の出産業株式会社 ハラスメント相談窓口
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a change of counsellor notified to the reporter's own private address: no sensitive detail",
    },
]
