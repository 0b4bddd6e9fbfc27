"""Blind corpus, area "shindansho": the medical certificates and health paperwork an HR /
health-management office sends outside — pre-employment check-up bookings, drivers'
fitness and aptitude papers, doctors' notes for absence, occupational physicians' work
restriction opinions, return-to-work papers, mail with check-up clinics, the health
insurance society, insurers, labour consultants and lawyers — plus the ordinary mail of
that job that must go (clinic lists, price lists, statistics, NDAs, disclaimers, quoted
replies).  Written blind from bench/blind/BRIEF.md (and build.py's message format and
SPEC.md's names) only; every person, address and number is invented."""

from build import card_number, my_number

SEED = 61401

_SIG_MISUMI = """--
日の出産業株式会社 人事部 健康管理室
保健師　三隅 ひかり（みすみ ひかり）
〒108-0074 東京都港区高輪4-23-6 日の出ビル7F
TEL 03-5789-4437（直通）／ FAX 03-5789-4499
misumi.hikari@hinode-sangyo.co.jp"""

_SIG_TAKENOUCHI = """━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 労務課　竹之内 誠
〒108-0074 東京都港区高輪四丁目23番6号
TEL：03-5789-4410（代表）内線 2231
━━━━━━━━━━━━━━━━━━━━━━━"""

_SIG_IJUIN = """------------------------------
日の出産業(株) 総務部 車両管理グループ
伊集院 剛 / Tsuyoshi Ijuin
TEL 03-5789-4452  携帯 070-3318-6620
ijuin.tsuyoshi@hinode-sangyo.co.jp
------------------------------"""

_DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

_DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender and delete this e-mail. Any
unauthorised use or disclosure is prohibited."""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "shindansho-001",
        "charset": "iso-2022-jp",
        "sender": "早乙女 蓮 <saotome.ren@hinode-sangyo.co.jp>",
        "to": ["せいせんクリニック健診センター <yoyaku@seisen-kenshin.or.jp>"],
        "subject": "雇入時健康診断のご予約（4月入社 6名）",
        "body": """医療法人社団清泉会
せいせんクリニック健診センター
予約ご担当　真壁様

いつもお世話になっております。
日の出産業 人事部採用チームの早乙女です。

4月入社予定者の雇入時健康診断につきまして、下記6名の予約をお願いいたします。
　希望日：3月11日（火）午前　※難しい場合は3月13日（木）午前
　コース：雇入時健診（法定項目）
　請求先：弊社人事部（従来どおり一括請求でお願いします）

氏名          フリガナ              生年月日      性別  連絡先（本人携帯）
------------  --------------------  ------------  ----  ----------------
柊 美咲       ヒイラギ ミサキ       2002/05/14    女    080-4127-3390
寒河江 拓海   サガエ タクミ         2001/11/02    男    090-6631-0248
仲宗根 結衣   ナカソネ ユイ         2003/01/27    女    070-2285-9176
勅使河原 翔   テシガワラ ショウ     1999/08/09    男    090-1847-5523
乙部 千尋     オトベ チヒロ         2002/12/30    女    080-9930-4461
鰐淵 修平     ワニブチ シュウヘイ   1997/04/18    男    070-5502-8837

問診票は各自へ郵送いただけますと助かります（送付先は別途ご連絡します）。
ご確認のほどよろしくお願いいたします。

--
日の出産業株式会社 人事部 採用チーム
早乙女 蓮
TEL 03-5789-4415
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six new hires with birth dates and mobile numbers in a padded table to an external clinic",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "shindansho-002",
        "charset": "cp932",
        "sender": "早乙女 蓮 <saotome.ren@hinode-sangyo.co.jp>",
        "to": ["yoyaku@seisen-kenshin.or.jp"],
        "subject": "Re: 雇入時健診 追加2名のお願い",
        "body": """真壁様

お世話になっております。日の出産業の早乙女です。
先日6名分をお願いしたばかりで恐縮ですが、中途入社の2名を追加でお願いできますでしょうか。

・栗栖 一輝（クリス カズキ）　昭和６３年２月１９日生　男
・安曇 奈々（アズミ ナナ）　　平成４年９月３日生　　女

日程は3月18日（火）の午後でお二人とも調整済みです。
枠がない場合は別日をご提示ください。

以上、よろしくお願いいたします。

日の出産業株式会社 人事部 採用チーム
早乙女 蓮（内線2215）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two people's names and birth dates for a booking: under the list threshold, no health data; may warn",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "shindansho-003",
        "charset": "utf-8",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["漆原 先生 <urushibara@minato-roumu.jp>"],
        "subject": "傷病手当金の申請についてご相談（営業部社員）",
        "body": """社会保険労務士法人ミナト労務
漆原先生

いつも大変お世話になっております。
日の出産業 労務課の竹之内です。

営業第一部の鷲見 悠人（すみ ゆうと、入社2016年）から、本日付で主治医の診断書が
提出されました。内容は以下のとおりです。

　傷病名：うつ病
　所見　：抑うつ気分、不眠、集中力低下が持続
　意見　：2025年6月2日から3か月間の自宅療養を要する

有給休暇の残りが4日しかないため、その後は欠勤扱いとなり傷病手当金の申請を
検討しております。待期期間の数え方と、休職発令のタイミングについてご助言いただけ
ますでしょうか。

診断書の原本は人事で保管しております。必要でしたら写しをお送りします。

""" + _SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's diagnosis (depression) from a doctor's note, sent to an outside labour consultant",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "shindansho-004",
        "charset": "iso-2022-jp",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["嘉納 周平 <kano@kano-sangyoui.jp>"],
        "subject": "【送付】高ストレス者・要面談者資料（パスワードは別送します）",
        "body": """嘉納先生

お世話になっております。健康管理室の三隅です。
来週の産業医面談の対象者資料をお送りします。

添付ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたしますので、ご確認ください。

よろしくお願いいたします。

""" + _SIG_MISUMI,
        "attachments": [
            {"kind": "zip", "name": "面談対象者_0612.zip", "password": "Hnd#0612kano",
             "files": [
                 {"kind": "xlsx", "name": "面談対象者一覧.xlsx", "sheets": {"対象者": [
                     ["社員番号", "氏名", "所属", "高ストレス判定", "時間外(5月)"],
                     ["H20331", "百瀬 健吾", "製造二課", "該当", "92h"],
                     ["H21874", "設楽 瑞穂", "品質保証", "該当", "48h"],
                     ["H18820", "東海林 稔", "物流C", "非該当(本人申出)", "101h"],
                 ]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) to the outside occupational physician; its content cannot be inspected",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "shindansho-005",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>"],
        "cc": ["kenkou-kanri@hinode-sangyo.co.jp"],
        "subject": "定期健診 要就業判定者リスト（社内限り）",
        "body": """竹之内さん

定期健診の結果、産業医の就業判定が必要な方を抜き出しました。
来週の嘉納先生の訪問日（6/19）に判定いただく予定です。

No 社員番号 氏名        所属        所見                          区分
-- -------- ----------- ----------- ----------------------------- ------
 1 H17702   榊原 隆之   製造一課    血圧 172/108 未治療           要受診
 2 H19016   不破 香織   経理課      HbA1c 8.1 糖尿病治療中断      要受診
 3 H12280   門脇 浩二   物流C       心電図 心房細動               要精検
 4 H21455   日下部 亘   営業二部    ALT 142 γ-GTP 310             要受診
 5 H15533   八重樫 由紀 総務課      胸部X線 異常陰影              要精検
 6 H20981   比嘉 昌平   製造二課    血圧 186/112 服薬中           要受診
 7 H11847   椎葉 紗希   品質保証    貧血 Hb 8.4                   要受診
 8 H18364   猪狩 一輝   物流C       尿糖(3+) 空腹時血糖 168       要受診
 9 H16620   古閑 大輔   大阪支店    眼底 高血圧性変化             要精検
10 H22107   水流 麻衣   人事部      BMI 34.2 脂質異常             要指導
11 H13398   廿日出 稔   製造一課    難聴 4000Hz 50dB              要精検
12 H19755   帯刀 陽菜   営業一部    甲状腺腫大                    要精検

就業制限の可能性があるのは1,3,6あたりかと思います。フォークリフト作業の方がいるので
門脇さんは早めに確認したいです。

三隅
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal only: a list of employees with health-check findings between HR and the health office",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "shindansho-006",
        "charset": "cp932",
        "sender": "東雲 里奈 <shinonome@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 適用課 <tekiyou@hinode-kenpo.or.jp>"],
        "subject": "資格取得届の記載内容について（中途入社 1名）",
        "body": """日の出産業健康保険組合
適用課　ご担当者様

お世話になっております。日の出産業 人事部 給与・社保担当の東雲です。
先日提出いたしました資格取得届について、前職の保険証情報の記載漏れがございましたので
下記のとおり補足いたします。

　被保険者氏名：蓼沼 彩花（タデヌマ アヤカ）
　生年月日　　：1990年7月22日
　基礎年金番号：4127-603958
　前職の健康保険証：記号 31060125　番号 448（協会けんぽ 東京支部）
　資格取得日　：2025年5月1日

お手数をおかけいたしますが、差し替えのほどよろしくお願いいたします。

日の出産業株式会社 人事部 給与・社会保険グループ
東雲 里奈
TEL 03-5789-4418
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "identifier: basic pension number and health insurance card symbol/number of a new hire to the (external) health insurance society",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "shindansho-007",
        "charset": "iso-2022-jp",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["関東運転適性センター 受付 <uketsuke@kanto-tekisei.or.jp>"],
        "subject": "初任診断の受診申込（1名）",
        "body": """関東運転適性センター　受付ご担当者様

いつもお世話になっております。
日の出産業 総務部車両管理の伊集院です。

配送業務に新たに従事する運転者1名について、初任診断の受診を申し込みます。

　受診者　　：宍戸 翔（シシド ショウ）
　生年月日　：平成8年10月5日
　免許証番号：第 3019 1827 4605 号（中型）
　希望日　　：7月8日（火）10:00〜
　事業者番号：弊社の登録番号 K-20417 でお願いします

受診料は従来どおり請求書払いでお願いいたします。

""" + _SIG_IJUIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "identifier: a driver's licence number (12 digits, labelled) with name and birth date to an aptitude-test centre",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "shindansho-008",
        "charset": "utf-8",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["スタッフ・ユニオン 営業1課 <eigyo1@staff-union.co.jp>"],
        "subject": "派遣スタッフの方の健診受診先（提携医療機関一覧）",
        "body": """スタッフ・ユニオン株式会社
営業1課　今泉様

お世話になっております。日の出産業 人事部の小鳥遊です。
お問い合わせいただいた件、弊社が契約している健診機関の一覧をお送りします。
派遣スタッフの方も、下記いずれでも弊社契約料金で受診いただけます。

【提携健診機関一覧（2025年度）】
・せいせんクリニック健診センター　東京都港区芝浦3-9-14　TEL 03-6453-7710
・東和健康管理協会 品川健診センター　東京都品川区東品川2-2-8　TEL 03-5462-1180
・東和健康管理協会 横浜健診センター　横浜市西区みなとみらい4-6-2　TEL 045-228-3361
・医療法人 浅葱会 川口駅前クリニック　埼玉県川口市栄町1-12-3　TEL 048-251-0094
・さがみ健診プラザ　神奈川県相模原市中央区相模原3-8-20　TEL 042-752-6678
・大阪なにわ健診クリニック　大阪市北区梅田2-5-25　TEL 06-6343-2207
・船橋ヘルスケアセンター　千葉県船橋市本町6-1-7　TEL 047-431-9950

予約は各機関へ直接お電話いただき、「日の出産業の契約で」とお伝えください。

小鳥遊 美紀
日の出産業株式会社 人事部 福利厚生グループ
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of clinics (businesses) with switchboard numbers and addresses, not people",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "shindansho-009",
        "charset": "cp932",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理部 <anzen@aoba-unnyu.co.jp>"],
        "subject": "Re: 健康起因事故防止セミナーの日程",
        "body": """青葉運輸株式会社
安全管理部　大槻様

お世話になっております。日の出産業の伊集院です。
ご案内いただいた「健康起因事故防止セミナー」ですが、弊社からは車両管理グループの
2名で参加させていただきます。8月21日（木）14時からの回を希望します。

会場は貴社川崎営業所の2階会議室で承知しました。
駐車場の利用可否だけ、念のため教えていただけますでしょうか。

よろしくお願いいたします。

""" + _SIG_IJUIN,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: aoba-unnyu.co.jp has an extra letter against the partner aoba-unyu.co.jp; content itself harmless",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "shindansho-010",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": [
            "せいせんクリニック健診センター 営業部 <eigyo@seisen-kenshin.or.jp>",
            "東和健康管理協会 <eigyo@towa-kenkou.or.jp>",
            "さがみ健診プラザ 法人窓口 <houjin@sagami-kenshin.jp>",
        ],
        "subject": "2026年度 巡回健康診断 見積ご依頼",
        "body": """各位

お世話になっております。
日の出産業株式会社 総務部安全衛生チームの鬼塚でございます。

2026年度の定期健康診断（巡回型）につき、お見積りをお願いしたくご連絡いたしました。

　対象人数：約420名（本社・物流センター）
　実施時期：2026年5月〜6月のうち平日4日間
　項目　　：法定項目＋腹部エコー（35歳以上・希望者）
　会場　　：本社7F大会議室、物流センター休憩棟

仕様書を別途お送りしますので、6月末までにご提出いただけますと幸いです。

--
日の出産業株式会社 総務部 安全衛生チーム
鬼塚 涼子　TEL 03-5789-4460
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three competing clinics in To can see each other (should have been Bcc)",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "shindansho-011",
        "charset": "utf-8",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>"],
        "bcc": [
            "eigyo@seisen-kenshin.or.jp",
            "eigyo@towa-kenkou.or.jp",
            "houjin@sagami-kenshin.jp",
            "hojin-madoguchi@funabashi-hc.jp",
        ],
        "subject": "【仕様書送付】2026年度 巡回健康診断 見積仕様",
        "body": """健診機関ご担当者各位
（本メールはBCCにてお送りしております）

お世話になっております。日の出産業 安全衛生チームの鬼塚です。
先日ご依頼しました巡回健診のお見積りについて、仕様書を添付いたします。

ご質問は6月20日までに本メールへご返信ください。
回答は全社に同じ内容をBCCでお送りいたします。

日の出産業株式会社 総務部 安全衛生チーム
鬼塚 涼子
""",
        "attachments": [
            {"kind": "docx", "name": "2026巡回健診_見積仕様書.docx", "title": "巡回健康診断 見積仕様書",
             "paragraphs": ["2026年度 巡回健康診断 見積仕様書", "1. 目的：労働安全衛生法第66条に基づく定期健康診断の実施",
                            "2. 対象：本社・物流センター在籍者 約420名", "3. 項目：下表のとおり",
                            "4. 結果報告：個人票（紙）および結果データ（CSV、所定レイアウト）"],
             "tables": [[["項目", "対象", "備考"], ["法定項目一式", "全員", ""],
                         ["腹部超音波", "35歳以上希望者", "想定80名"],
                         ["胃部X線", "40歳以上希望者", "想定120名"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "four clinics in Bcc only (cannot see each other); a tender specification with no personal data",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "shindansho-012",
        "charset": "utf-8",
        "sender": "獅子堂 健 <shishido@osaka.hinode-sangyo.co.jp>",
        "to": ["川崎電機 堺工場 安全衛生課 <sakai-anzen@kawasaki-denki.co.jp>"],
        "subject": "FW: 就業上の措置に関する意見書（常駐作業員）",
        "body": """川崎電機株式会社 堺工場
安全衛生課　森永様

お世話になっております。日の出産業 大阪支店の獅子堂です。
貴工場に常駐している弊社作業員の件、産業医の意見書が出ましたので転送いたします。
当面、搬入作業からは外れる形でシフトを組ませていただけますと幸いです。

-------- Forwarded Message --------
差出人: 嘉納産業医事務所 嘉納 周平 <kano@kano-sangyoui.jp>
宛先: 獅子堂 健 <shishido@osaka.hinode-sangyo.co.jp>
件名: 就業上の措置に関する意見書（樋渡 浩二 様）

獅子堂様

本日面談いたしました樋渡 浩二様（物流・構内作業）について意見を申し上げます。

診断名：腰椎椎間板ヘルニア（L4/5）、現在整形外科にて保存療法中
就業区分：就業制限
措置内容：10kg以上の重量物の取扱い禁止、連続立位作業は2時間まで
期間：2025年7月1日〜8月31日（9月に再評価）

嘉納産業医事務所　医師 嘉納 周平
-------- End of Forwarded Message --------

日の出産業株式会社 大阪支店 総務課
獅子堂 健　TEL 06-6312-7705
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a forwarded work-restriction opinion with a named worker's diagnosis, sent to the client company",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "shindansho-013",
        "charset": "iso-2022-jp",
        "sender": "獅子堂 健 <shishido@osaka.hinode-sangyo.co.jp>",
        "to": ["sakai-anzen@kawasaki-denki.co.jp"],
        "subject": "常駐作業員の配置についてのご相談",
        "body": """川崎電機株式会社 堺工場
安全衛生課　森永様

いつもお世話になっております。日の出産業 大阪支店の獅子堂です。

弊社常駐メンバーのうち1名について、弊社の健康管理上の判断により、
7月〜8月の間は搬入・荷下ろし作業を担当させず、検品と記録業務に限定させていただきたく存じます。
理由の詳細は個人の情報のため控えさせていただきますが、作業体制に影響が出ないよう
大阪支店から応援を1名追加で出す予定です。

シフト表の差し替え版は来週月曜にお送りします。
ご不便をおかけしますが、何卒よろしくお願いいたします。

日の出産業株式会社 大阪支店 総務課
獅子堂 健
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: a work restriction is arranged without naming the worker or any diagnosis",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "shindansho-014",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 健康管理SaaSサポート <hc-support@tsubasa-system.jp>"],
        "subject": "健診結果データ取込エラーの件（該当ファイル添付）",
        "body": """ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業 健康管理室の三隅です。
昨日から健診結果CSVの取込で「判定コード不正」のエラーが出て止まってしまいます。
エラーになったファイルをそのまま添付しますので、原因を見ていただけますか。

取込画面：健診結果 > 一括取込 > 定期健診（2025）
エラー行：12行目以降すべて

お手数ですがよろしくお願いします。

""" + _SIG_MISUMI,
        "attachments": [
            {"kind": "csv", "name": "kenshin_2025_batch03.csv", "encoding": "utf-8", "rows": [
                ["社員番号", "氏名", "生年月日", "性別", "収縮期血圧", "拡張期血圧", "HbA1c", "LDL", "ALT", "総合判定"],
                ['H24904', '猪狩 浩二', '1976/09/08', '男', '103', '87', '5.1', '150', '52', 'B'],
                ['H19743', '八重樫 蒼', '2003/07/06', '男', '116', '66', '7.3', '95', '49', 'B'],
                ['H11095', '水流 颯太', '1994/11/06', '男', '127', '83', '7.5', '169', '26', 'C'],
                ['H35577', '木全 美咲', '1985/03/21', '女', '141', '90', '5.9', '132', '18', 'C'],
                ['H28160', '一ノ瀬 稔', '1969/10/12', '男', '158', '98', '6.8', '177', '64', 'D'],
                ['H12748', '安曇 結衣', '1998/02/03', '女', '108', '64', '5.2', '98', '14', 'A'],
                ['H30915', '服部 健吾', '1972/06/27', '男', '134', '88', '6.1', '141', '33', 'C'],
                ['H17264', '真栄田 香織', '1988/12/15', '女', '119', '72', '5.4', '118', '21', 'A'],
                ['H22093', '栗栖 昌平', '1965/04/04', '男', '166', '102', '7.1', '156', '71', 'D'],
                ['H26411', '杠 千尋', '1991/08/30', '女', '112', '70', '5.6', '127', '16', 'B'],
                ['H19307', '鶴見 大輔', '1980/01/19', '男', '138', '91', '6.4', '188', '45', 'C'],
                ['H33802', '能登谷 由紀', '1977/07/07', '女', '124', '79', '5.7', '146', '19', 'B'],
                ['H14526', '四十物 翔', '1996/05/23', '男', '121', '77', '5.3', '102', '38', 'B'],
                ['H27788', '椎葉 恵理子', '1970/11/11', '女', '147', '93', '6.2', '162', '27', 'C'],
                ['H11890', '古閑 隆之', '1963/09/02', '男', '152', '96', '7.6', '139', '58', 'D'],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: fifteen employees' health-check values and verdicts in a CSV sent to the system vendor's support",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "shindansho-015",
        "charset": "cp932",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["hc-support@tsubasa-system.jp"],
        "subject": "Re: 健診結果データ取込エラーの件",
        "body": """ツバサシステム　須藤様

ご回答ありがとうございます。判定コードが全角になっていたのが原因だったのですね。
ご依頼のとおり、実データではなく再現用のダミーファイルを作り直して添付します。
（氏名・数値はすべて架空の値です）

もう1点、総合判定に「E（治療中）」を追加したい場合、マスタ設定で対応できますか？

三隅

> 三隅様
> 調査の結果、判定コード列に全角英字が含まれている行で取込が停止しておりました。
> お手数ですが、実データではなくダミーデータで再現ファイルをお送りいただけますか。
> ツバサシステム サポートセンター 須藤
""",
        "attachments": [
            {"kind": "txt", "name": "dummy_import_sample.txt", "encoding": "cp932",
             "text": "社員番号,氏名,生年月日,性別,収縮期血圧,拡張期血圧,HbA1c,LDL,ALT,総合判定\nT00001,テスト 一郎,2000/01/01,男,120,80,5.5,110,20,Ａ\nT00002,テスト 花子,2000/01/01,女,118,76,5.3,100,15,B\n"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "dummy sample file with obviously fictitious test records; no real person's data",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "shindansho-016",
        "charset": "utf-8",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["urushibara@minato-roumu.jp"],
        "subject": "健康情報取扱規程（改定案）のご確認のお願い",
        "body": """漆原先生

お世話になっております。日の出産業 労務課の竹之内です。
先日ご相談した「健康情報等の取扱規程」の改定案がまとまりましたので添付いたします。
特に第7条（産業医・健診機関への提供範囲）と第12条（診断書の保管期間）について
ご意見をいただけますと幸いです。

7月の取締役会付議を予定しております。

""" + _SIG_TAKENOUCHI,
        "attachments": [
            {"kind": "docx", "name": "健康情報取扱規程_改定案_v3.docx", "title": "健康情報等の取扱規程（改定案）",
             "page_header": "社外秘", "page_footer": "日の出産業株式会社 人事部 ／ 社外秘・複製禁止",
             "paragraphs": ["健康情報等の取扱規程（改定案）", "第1条（目的）本規程は、労働安全衛生法第104条に基づき…",
                            "第7条（第三者提供）会社は、健康情報等を産業医、健診機関その他の者に提供する場合…",
                            "第12条（保管）診断書その他健康情報等を記載した書類は、人事部健康管理室において施錠保管し…"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached draft regulation is stamped 社外秘 in its header and footer",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "shindansho-017",
        "charset": "iso-2022-jp",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["urushibara@minato-roumu.jp"],
        "subject": "秘密保持契約（健康情報の取扱いに関する覚書）更新の件",
        "body": """漆原先生

いつもお世話になっております。
日の出産業 労務課の竹之内です。

現在締結しております秘密保持契約の期間が9月末で満了となります。
今回の更新にあわせ、休職・復職のご相談で健康情報をお預けする場面が増えているため、
「健康情報の取扱いに関する覚書」を別紙として追加させていただきたいと考えております。

法務部のひな形をベースに、機密情報の定義と返還・廃棄の条項を少し修正したものを
来週お送りしますので、内容をご確認いただけますでしょうか。
押印は電子契約（クラウドサイン）で進めたいと考えております。

""" + _SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA renewal; 秘密保持/機密 are mentioned, nothing is marked, no personal data",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "shindansho-018",
        "charset": "utf-8",
        "sender": "東雲 里奈 <shinonome@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 給付課 <kyufu@hinode-kenpo.or.jp>"],
        "subject": "傷病手当金支給申請書（事業主記入欄）の補足",
        "body": f"""日の出産業健康保険組合
給付課　ご担当者様

お世話になっております。日の出産業 人事部の東雲です。
先日郵送した傷病手当金支給申請書について、お電話でご指摘いただいた点を補足いたします。

　被保険者　：廿日出 瑞穂（ハツカデ ミズホ）
　記号・番号：記号 7702 番号 1163
　個人番号　：{my_number(SEED + 1)}
　傷病名　　：右乳がん（術後化学療法中）
　療養期間　：2025年4月14日〜2025年5月31日
　出勤状況　：上記期間すべて欠勤、報酬の支払いなし

申請書の事業主証明欄の押印漏れについては、本日訂正印を押したものを再送いたします。

日の出産業株式会社 人事部 給与・社会保険グループ
東雲 里奈（TEL 03-5789-4418）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identifier + sensitive: My Number, insurance card number and a cancer diagnosis of an employee to the health insurance society",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "shindansho-019",
        "charset": "cp932",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["朝凪生命保険 団体保険サービス課 <dantai-service@asanagi-life.co.jp>"],
        "subject": "団体長期障害所得補償保険　給付請求書類の送付",
        "body": """朝凪生命保険株式会社
団体保険サービス課　御中

いつもお世話になっております。
日の出産業株式会社 人事部 福利厚生グループの小鳥遊です。

GLTD（団体長期障害所得補償保険）の給付請求につきまして、
被保険者本人から提出のあった診断書（所定様式）の写しをPDFにてお送りします。
原本は本日簡易書留にて発送いたしました。

証券番号：GL-0048812
ご査収のほど、よろしくお願いいたします。

小鳥遊 美紀
日の出産業株式会社 人事部 福利厚生グループ
TEL 03-5789-4420
""",
        "attachments": [
            {"kind": "pdf", "name": "GLTD_診断書_写し.pdf", "title": "診断書（団体長期障害所得補償保険 所定様式）",
             "lines": ["診断書（団体長期障害所得補償保険 所定様式）", "",
                       "氏名：眞鍋 恵理子　　生年月日：昭和52年3月8日　　性別：女",
                       "住所：神奈川県川崎市高津区溝口2-14-9",
                       "傷病名：両側変形性股関節症（末期）",
                       "初診日：令和5年11月2日",
                       "手術：令和7年2月18日 右人工股関節全置換術",
                       "就労不能期間（見込）：令和7年2月10日〜令和7年8月31日",
                       "", "上記のとおり診断します。", "市立みなみ総合病院 整形外科　医師 勝又 雅彦"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's medical certificate (diagnosis, surgery) in a PDF to the group insurer",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "shindansho-020",
        "charset": "iso-2022-jp",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["嘉納 周平 <kano@kano-sangyoui.jp>"],
        "subject": "Re: 面談結果のご報告（6/12実施分）",
        "body": """嘉納先生

ご報告ありがとうございました。承知いたしました。
2週間後の再面談は6月26日（木）15:30〜で本人と調整済みです。
先生のご都合が悪い場合はお知らせください。

三隅

> 三隅様
>
> 本日面談した百瀬 健吾さんについてです。
> 不眠と動悸の訴えが強く、適応障害の可能性が高いため心療内科受診を勧めました。
> 当面は時間外労働を月20時間以内に制限することが望ましいと考えます。
> 2週間後に再面談をお願いします。
>
> 嘉納
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the health details are only in the quoted physician's mail; new text is a scheduling reply",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "shindansho-021",
        "charset": "utf-8",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["白川 弁護士 <shirakawa@shirakawa-law.jp>"],
        "cc": ["法務部 <legal@hinode-sangyo.co.jp>"],
        "subject": "【白川先生】休職期間満了の件　主治医診断書（写し）",
        "body": """白川法律事務所
白川 先生

お世話になっております。日の出産業 労務課の竹之内です。
先日の打合せでお話しした休職期間満了の件、本人側から提出された主治医の診断書（写し）を
お送りします。社内規程によりPDFにはパスワードを設定しております。
パスワードはお電話でお伝えいたします。

次回打合せ（7/3 10:00〜 貴事務所）もよろしくお願いいたします。

""" + _SIG_TAKENOUCHI,
        "attachments": [
            {"kind": "pdf", "name": "診断書写し_0618.pdf", "password": "sk-0618-hnd",
             "lines": ["診断書", "氏名：勅使河原 大輔", "病名：双極性障害II型", "復職可能時期：令和7年9月以降と思料"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF of a doctor's note to the company's lawyer",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "shindansho-022",
        "charset": "iso-2022-jp",
        "sender": "早乙女 蓮 <saotome.ren@hinode-sangyo.co.jp>",
        "to": [
            "ichinose.sakura0611@gmail.com",
            "k.yuzuriha@yahoo.co.jp",
            "aimono-sho@icloud.com",
            "notoya.m.22@outlook.jp",
            "tsurumi-ayaka@docomo.ne.jp",
        ],
        "subject": "【日の出産業】雇入時健康診断のご案内（10月入社の皆さまへ）",
        "body": """10月入社予定の皆さま

日の出産業株式会社 人事部の早乙女です。
入社前の雇入時健康診断について、以下のとおりご案内いたします。

■受診期間：9月1日（月）〜9月19日（金）
■受診先　：せいせんクリニック健診センター（港区芝浦3-9-14）
■予約方法：03-6453-7710 に「日の出産業の雇入時健診」とお電話ください
■持ち物　：健康保険証、問診票（後日郵送）、眼鏡・コンタクト使用の方はご持参ください
■費用　　：会社負担（窓口でのお支払いはありません）

結果は健診機関から人事部へ直接送付されます。
ご不明な点はこのメールにご返信ください。

日の出産業株式会社 人事部 採用チーム
早乙女 蓮　TEL 03-5789-4415
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: five future hires' private addresses in To expose each other (should have been Bcc)",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "shindansho-023",
        "charset": "cp932",
        "sender": "早乙女 蓮 <saotome.ren@hinode-sangyo.co.jp>",
        "to": ["砂川 亘 <w.sunagawa1998@gmail.com>"],
        "subject": "雇入時健康診断の問診票について",
        "body": """砂川 亘 様

日の出産業 人事部の早乙女です。お電話ありがとうございました。
郵送した問診票が届いていないとのことでしたので、同じものを添付いたします。
印刷のうえご記入いただき、受診当日に健診センターの受付へご提出ください。

受診日：9月9日（火）8:45受付
場所　：せいせんクリニック健診センター 3階

前日21時以降は水・お茶以外の飲食をお控えください。
当日お会いできるのを楽しみにしております。

早乙女 蓮
日の出産業株式会社 人事部 採用チーム
""",
        "attachments": [
            {"kind": "docx", "name": "問診票_雇入時健診.docx", "title": "雇入時健康診断 問診票",
             "paragraphs": ["雇入時健康診断 問診票", "氏名：＿＿＿＿＿＿＿＿　生年月日：＿＿年＿＿月＿＿日",
                            "1. 現在治療中の病気はありますか。　□なし　□あり（病名：　　　　　）",
                            "2. これまでに大きな病気をしたことがありますか。　□なし　□あり",
                            "3. 喫煙　□吸わない　□吸う（1日　　本）"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one future hire on free mail gets a blank questionnaire and an appointment time; nothing sensitive",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "shindansho-024",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["w.sunagawa1998@gmail.com"],
        "subject": "雇入時健康診断の結果について（ご本人控え）",
        "body": """砂川 亘 様

健康管理室の三隅です。
ご本人控えの結果票をご自宅で確認したいとのご希望でしたので、概要をお知らせします。

　総合判定：C（要経過観察）
　血圧　　：146/94 mmHg（高値）
　尿酸値　：8.4 mg/dL（高尿酸血症の疑い）
　その他の項目は基準範囲内でした。

現時点で就業上の制限はありませんが、入社後3か月を目安に血圧の再測定をお願いします。
結果票の原本は入社日にお渡しします。

""" + _SIG_MISUMI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "either: health-check results, but of the recipient himself at his request, on his private address",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "shindansho-025",
        "charset": "utf-8",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["今泉 様 <imaizumi@staff-union.co.jp>"],
        "subject": "派遣スタッフ様 健診受診状況の確認",
        "body": """スタッフ・ユニオン株式会社
今泉様

お世話になっております。日の出産業の小鳥遊です。
弊社物流センターに来ていただいている派遣スタッフの方の、年1回の健診受診状況について
貴社側での実施状況を確認させてください。弊社で把握している状況は下記のとおりです。

【物流センター 派遣スタッフ一覧】
スタッフNo.	氏名	生年月日	就業開始	健診受診日（貴社報告）
SU-41207	乙部 浩二	1981/06/14	2023/04/01	2024/10/08
SU-41388	日下部 奈々	1995/02/27	2023/09/01	未報告
SU-41415	寒河江 稔	1967/12/03	2022/11/15	2024/11/21
SU-41562	比嘉 紗希	2000/08/19	2024/04/01	未報告
SU-41603	御手洗 一輝	1989/10/30	2024/06/10	2025/01/16
SU-41677	樋渡 由紀	1976/05/05	2024/08/01	未報告
SU-41702	槙野 拓海	1998/03/12	2025/02/01	（入職時）2025/01/20
SU-41751	猪狩 香織	1984/09/24	2025/03/01	未報告

「未報告」の方は、受診済みであれば受診日のみご連絡ください（結果は不要です）。

小鳥遊 美紀
日の出産業株式会社 人事部 福利厚生グループ
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: eight temp workers' records (staff no., birth date, dates) tab-separated in the body to the staffing agency",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "shindansho-026",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 保健事業課 <hoken@hinode-kenpo.or.jp>"],
        "subject": "コラボヘルス会議資料（事業所別 有所見率）",
        "body": """健康保険組合 保健事業課
石動様

お世話になっております。安全衛生チームの鬼塚です。
来週のコラボヘルス会議用に、2024年度定期健診の事業所別集計をお送りします。
個人が特定されないよう、受診者10名未満の区分は「その他」に合算しています。

事業所        受診者数  受診率   有所見率  血圧   脂質   血糖   肝機能
------------  --------  -------  --------  -----  -----  -----  ------
本社             312     99.4%    54.2%    14.1%  31.7%   8.0%  18.6%
物流センター     148     98.0%    63.5%    21.6%  29.1%  11.5%  25.0%
大阪支店          87    100.0%    51.7%    12.6%  33.3%   6.9%  16.1%
その他            23     95.7%    47.8%    13.0%  26.1%   8.7%  13.0%
------------  --------  -------  --------  -----  -----  -----  ------
合計             570     98.9%    56.7%    16.0%  31.2%   9.0%  19.8%

特定保健指導の対象者数は、別途貴組合からいただいた数字を使わせていただきます。

鬼塚
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics by site with small cells merged; no individual data",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "shindansho-027",
        "charset": "cp932",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["市立みなみ総合病院 地域医療連携室 <renkei@minami-hosp.jp>"],
        "subject": "職場復帰に関する情報提供のお願い（精神科 戸叶先生宛）",
        "body": """市立みなみ総合病院
地域医療連携室　御中

平素より大変お世話になっております。
日の出産業株式会社 健康管理室の保健師、三隅と申します。

貴院精神科の戸叶先生にご加療いただいている弊社社員について、
職場復帰の検討にあたり、主治医の先生のご意見を伺いたく、情報提供依頼書をお送りします。
ご本人の同意書（署名済）も添付いたしますので、戸叶先生へお渡しいただけますでしょうか。

【対象者】
　氏名：五十嵐 真由（イガラシ マユ）　昭和60年11月28日生
　診断：適応障害（2025年2月より休職中）
　予定：8月1日の復職を本人が希望

ご多忙のところ恐縮ですが、よろしくお願い申し上げます。

""" + _SIG_MISUMI,
        "attachments": [
            {"kind": "docx", "name": "情報提供依頼書_五十嵐様.docx",
             "paragraphs": ["職場復帰支援に関する情報提供依頼書", "市立みなみ総合病院 精神科 戸叶 先生 御侍史",
                            "弊社社員 五十嵐 真由 氏（昭和60年11月28日生）の職場復帰支援にあたり、下記についてご意見を賜りたく…",
                            "1. 現在の症状（睡眠、意欲、集中力）", "2. 就業上の配慮の要否（時間外労働、出張、対人業務）",
                            "日の出産業株式会社 産業医 嘉納 周平／保健師 三隅 ひかり"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: employee's psychiatric diagnosis and leave, with name and birth date, to the treating hospital",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "shindansho-028",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["renkei@minami-hosp.jp"],
        "subject": "主治医への情報提供依頼の手続きについて（お問い合わせ）",
        "body": """市立みなみ総合病院
地域医療連携室　ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 健康管理室の三隅と申します。

弊社の社員が貴院で治療を受けている場合に、事業所から主治医の先生へ
職場復帰に関する意見書をお願いする際の手続きについて教えていただけますでしょうか。

・貴院所定の依頼様式はございますか
・文書料と、お支払い方法（事業所払いが可能か）
・本人同意書は弊社様式でも差し支えないか

具体的な依頼はあらためてご本人の同意を得てからお送りいたします。

""" + _SIG_MISUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedural question to a hospital; no patient is named",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "shindansho-029",
        "charset": "iso-2022-jp",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["獅子堂 健 <shishido@osaka.hinode-sangyou.co.jp>"],
        "subject": "大阪支店 樋渡さんの面談記録",
        "body": """獅子堂さん

お疲れさまです。本社労務の竹之内です。
樋渡 浩二さんの産業医面談記録、要点を共有します。

・腰椎椎間板ヘルニアで整形外科通院中、痛み止め服用
・7〜8月は10kg以上の荷物の取扱い禁止、立ち作業は連続2時間まで
・9月に再面談して制限解除を判断

現場への伝え方は「会社判断で配置変更」としてください。病名は伏せてお願いします。

竹之内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike + sensitive: meant for the Osaka branch, but hinode-sangyou.co.jp is not the company's domain; carries a diagnosis",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "shindansho-030",
        "charset": "cp932",
        "sender": "芦刈 俊介 <ashikari@logi.hinode-sangyo.co.jp>",
        "to": ["伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>"],
        "cc": ["misumi.hikari@hinode-sangyo.co.jp"],
        "subject": "物流C フォークリフト運転者の健診結果（要確認者）",
        "body": """伊集院さん、三隅さん

物流センター総務の芦刈です。
フォークリフト・構内トラック運転者のうち、今年の健診で所見があった人をまとめました。
運転業務の継続可否を産業医に見ていただきたいので、対応をお願いします。

氏名　　　　　生年月日　　　所見　　　　　　　　　　　　　　運転業務
宍戸　颯太　　Ｓ５６．３．１　　視力（矯正）右0.5 左0.4　　　　継続中
門脇　浩二　　Ｓ４９．７．２０　心房細動　要精密検査　　　　　継続中
東海林　稔　　Ｓ４５．１．９　　睡眠時無呼吸の疑い（問診）　　継続中
鰐淵　隆之　　Ｈ２．１１．３　　空腹時血糖 212　インスリン治療　継続中
帯刀　健吾　　Ｓ６２．５．２７　てんかん既往（服薬中）　　　　停止中（本人申出）

よろしくお願いします。
芦刈
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal only (logi. subdomain to head office): drivers' health findings stay inside the company",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "shindansho-031",
        "charset": "utf-8",
        "sender": "秘書室 真壁 玲奈 <makabe.rena@hinode-sangyo.co.jp>",
        "to": ["東和健康管理協会 プレミアムドック受付 <premium@towa-kenkou.or.jp>"],
        "subject": "人間ドック（1泊2日）ご予約と事前決済のお願い",
        "body": f"""東和健康管理協会
プレミアムドック受付　ご担当者様

お世話になっております。日の出産業株式会社 秘書室の真壁でございます。
弊社役員の人間ドックにつき、以下のとおり予約をお願いいたします。

　受診者：専務取締役　鶴見 隆之（ツルミ タカユキ）
　生年月日：1961年4月30日
　コース：1泊2日プレミアムコース（脳MRI・PET-CTオプション付）
　希望日：10月14日（火）〜15日（水）

費用は事前決済とのことでしたので、法人カードでお願いいたします。
　カード番号：{card_number(SEED + 21)}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD

領収書は秘書室宛にお願いいたします。

日の出産業株式会社 秘書室
真壁 玲奈　TEL 03-5789-4402
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a full credit card number in the body (plus an executive's birth date) to the clinic",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "shindansho-032",
        "charset": "iso-2022-jp",
        "sender": "経理部 和久井 <wakui@hinode-sangyo.co.jp>",
        "to": ["東和健康管理協会 経理課 <keiri@towa-kenkou.or.jp>"],
        "subject": "Re: 請求書送付のご案内（No.TK-2025-06-0418）",
        "body": """東和健康管理協会
経理課　ご担当者様

お世話になっております。日の出産業 経理部の和久井です。
下記請求書、受領いたしました。7月末日に指定口座へお振込みいたします。

　請求書番号：TK-2025-06-0418
　請求金額　：2,486,750円（税込）
　内容　　　：2025年度 定期健康診断（巡回）6月実施分 412名
　登録番号　：T6011105004417

適格請求書の記載事項も確認済みです。
引き続きよろしくお願いいたします。

日の出産業株式会社 経理部 支払グループ
和久井 俊
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "invoice acknowledgement with the clinic's T-number and an invoice number; business data only",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "shindansho-033",
        "charset": "utf-8",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理部 大槻 <ohtsuki@aoba-unyu.co.jp>"],
        "subject": "出向運転者の台帳（10月分）",
        "body": """青葉運輸株式会社 安全管理部
大槻様

お世話になっております。日の出産業の伊集院です。
10月から貴社へ出向する運転者の台帳を添付いたします。
運転者台帳の作成にお使いください。適性診断の受診日も入れてあります。

""" + _SIG_IJUIN,
        "attachments": [
            {"kind": "xlsx", "name": "出向運転者台帳_202510.xlsx", "title": "出向運転者台帳",
             "sheets": {
                 "台帳": [
                     ["日の出産業株式会社　出向運転者台帳（2025年10月1日付）"],
                     [],
                     ["No", "氏名", "フリガナ", "生年月日", "免許種類", "免許有効期限", "適性診断（種類・受診日）", "現住所"],
                     [1, "宍戸 颯太", "シシド ソウタ", "1981/03/01", "大型", "2027/04/01", "一般 2024/09/12", "東京都大田区東糀谷4-7-2"],
                     [2, "鰐淵 隆之", "ワニブチ タカユキ", "1990/11/03", "中型", "2026/12/03", "初任 2025/07/08", "川崎市川崎区浅田3-11-5"],
                     [3, "栗栖 千尋", "クリス チヒロ", "1993/06/16", "中型", "2028/07/16", "初任 2025/08/20", "東京都品川区八潮5-2-1-1104"],
                     [4, "及川 昌平", "オイカワ ショウヘイ", "1966/02/08", "大型", "2026/03/08", "適齢 2025/05/30", "横浜市鶴見区生麦2-9-18"],
                     [5, "椎葉 翔", "シイバ ショウ", "1999/09/25", "準中型", "2027/10/25", "初任 2025/09/02", "東京都大田区大森南1-3-22"],
                     [6, "水流 亘", "ツル ワタル", "1975/12/12", "大型", "2029/01/12", "一般 2023/11/07", "川崎市幸区南加瀬5-6-3"],
                 ],
                 "変更履歴": [["日付", "内容"], ["2025/09/18", "初版"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: six drivers' records (birth date, licence class, home address) in an XLSX with a title row, to a partner",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "shindansho-034",
        "charset": "cp932",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ohtsuki@aoba-unyu.co.jp"],
        "subject": "適性診断（初任）の受診日程",
        "body": """大槻様

お世話になっております。伊集院です。
ご依頼のあった初任診断、以下の日程で受診することになりました。

　栗栖 千尋　8月20日（水）午前
　椎葉 翔　　9月2日（火）午後

受診後、診断票の写しは出向開始までにお渡しします。

伊集院
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two drivers' names and test dates for a partner: under the list threshold and no health data; may warn",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "shindansho-035",
        "charset": "iso-2022-jp",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ohtsuki@aoba-unyu.co.jp"],
        "cc": ["misumi.hikari@hinode-sangyo.co.jp"],
        "subject": "出向運転者 東海林の乗務について",
        "body": """大槻様

お世話になっております。日の出産業の伊集院です。
出向中の東海林 稔（S45.1.9生）について、ご報告とご相談です。

先日のSAS（睡眠時無呼吸症候群）スクリーニングで要精密検査となり、
9月10日に専門医でPSG検査を受けた結果、重症の睡眠時無呼吸症候群（AHI 41）と診断されました。
CPAP治療を開始しておりますが、主治医からは治療効果の確認（約1か月）までは
長距離・夜間の乗務を控えるよう指示が出ています。

つきましては、10月中は日中の近距離便のみの乗務に切り替えていただけますでしょうか。

""" + _SIG_IJUIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named driver's sleep-apnoea diagnosis and treatment, sent to the partner he is seconded to",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "shindansho-036",
        "charset": "utf-8",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["凪損害保険 代理店 はやせ保険事務所 <fleet@hayase-hoken.co.jp>"],
        "subject": "フリート契約 記名運転者の追加登録",
        "body": """はやせ保険事務所
早瀬様

お世話になっております。日の出産業 車両管理の伊集院です。
社用車フリート契約の運転者限定特約につき、下記5名の追加登録をお願いします。
免許証のコピーは別途郵送いたします。

氏名            生年月日      免許証番号      免許の色  区分
--------------  ------------  --------------  --------  ------
栗栖 千尋       1993-06-16    302013649075    ブルー    新規
椎葉 翔         1999-09-25    301918550332    グリーン  新規
眞鍋 一輝       1987-01-31    304607112894    ゴールド  新規
比嘉 香織       1979-08-08    501302287416    ゴールド  異動（大阪→本社）
不破 拓海       1996-04-12    302015733608    ブルー    新規

適用開始は10月1日でお願いいたします。

""" + _SIG_IJUIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "list + identifier: five drivers with birth dates and driver's licence numbers to an insurance agency",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "shindansho-037",
        "charset": "cp932",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["嘉納 周平 <kano@kano-sangyoui.jp>"],
        "cc": ["ハートブリッジ 相談窓口 <support@heartbridge.co.jp>"],
        "subject": "2025年度ストレスチェック 実施体制の打合せ日程",
        "body": """嘉納先生
ハートブリッジ株式会社　若宮様

お世話になっております。日の出産業 健康管理室の三隅です。
今年度のストレスチェック実施に向けて、三者で一度打合せをお願いしたくご連絡しました。

議題
　1. 実施者（嘉納先生）と実施事務従事者の範囲
　2. Web受検の期間（10/6〜10/24案）と紙受検の対象
　3. 高ストレス者への面接指導の申出方法
　4. 集団分析の単位（10名未満の部署の扱い）

候補日：9月3日（水）14時、9月5日（金）10時、9月9日（火）16時
オンライン（Teams）で1時間程度を想定しています。

""" + _SIG_MISUMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way meeting mail with two external organisations in To/Cc; no personal data",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "shindansho-038",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["kano@kano-sangyoui.jp", "support@heartbridge.co.jp"],
        "cc": ["urushibara@minato-roumu.jp"],
        "subject": "ストレスチェック実施規程（案）の回覧",
        "body": """嘉納先生、若宮様、漆原先生

お世話になっております。日の出産業の三隅です。
先日の打合せを踏まえ、ストレスチェック実施規程の案を作成しました。
漆原先生には労基署への報告様式の観点からもご確認をお願いしたく、Ccに入れております。

ご意見は9月19日（金）までにいただけますと助かります。

三隅
""",
        "attachments": [
            {"kind": "docx", "name": "ストレスチェック実施規程_案.docx",
             "paragraphs": ["ストレスチェック制度実施規程（案）", "第1条 目的", "第2条 実施者 産業医 嘉納 周平",
                            "第5条 受検は任意とし、受検しないことを理由とする不利益な取扱いは行わない",
                            "第9条 結果は本人の同意なく会社に提供しない"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three external organisations (physician's office, EAP vendor, labour consultant) in To/Cc",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "shindansho-039",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["若宮 様 <wakamiya@heartbridge.co.jp>"],
        "subject": "集団分析結果の報告会資料（ドラフト）",
        "body": """若宮様

いつもありがとうございます。三隅です。
経営会議向けの集団分析報告資料のドラフトを添付します。
部署別の数値は10名以上の単位のみ載せています。表現面でご指摘があればお願いします。

三隅
""",
        "attachments": [
            {"kind": "pptx", "name": "2025ストレスチェック集団分析_経営会議.pptx",
             "slides": [
                 ["2025年度 ストレスチェック 集団分析", "受検率 91.4%（521/570名）", "高ストレス者割合 11.3%（前年 12.8%）"],
                 ["部署別 総合健康リスク", "本社管理部門 92", "営業部門 108", "製造部門 101", "物流センター 117", "全国平均を100とした値"],
                 ["今後の取組み", "物流センター：仕事の量的負担への対策", "管理職向けラインケア研修（11月）"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "group-level stress-check statistics (units of 10+), no individual data",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "shindansho-040",
        "charset": "iso-2022-jp",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["wakamiya@heartbridge.co.jp"],
        "subject": "FW: 体調のこと（カウンセリングのご相談）",
        "body": """若宮様

お世話になっております。三隅です。
社員本人から相談メールが届きました。本人の了承を得たうえで転送しますので、
カウンセラーの方との初回面談の調整をお願いできますでしょうか。

三隅
""",
        "attachments": [
            {"kind": "eml", "name": "体調のこと.eml", "message": {
                "charset": "iso-2022-jp",
                "sender": "設楽 瑞穂 <shitara.mizuho@hinode-sangyo.co.jp>",
                "to": ["三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>"],
                "subject": "体調のこと",
                "body": """三隅さん

品質保証の設楽です。個人的なことで相談させてください。
先月から電車に乗ると動悸と息苦しさが出て、心療内科でパニック障害と言われました。
今は薬を飲みながら、各駅停車で時間をずらして通勤しています。
会社のカウンセリングが使えると聞いたので、予約の方法を教えていただけますか。

上司にはまだ話していません。

設楽 瑞穂（内線3318、携帯 090-7714-2036）
""",
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "sensitive: a forwarded employee mail (attached .eml) naming her panic-disorder diagnosis, sent to the EAP vendor",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "shindansho-041",
        "charset": "cp932",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["せいせんクリニック健診センター 営業部 真壁様 <eigyo@seisen-kenshin.or.jp>"],
        "subject": "次年度健診の予算感について",
        "body": """真壁様

お世話になっております。日の出産業の鬼塚です。
先日お電話でお話しした件、社内で検討中の次年度予算表をお送りします。
この範囲に収まるオプション構成のご提案をいただけると助かります。

鬼塚
""",
        "attachments": [
            {"kind": "xlsx", "name": "2026健康管理予算_検討用.xlsx", "page_header": "取扱注意",
             "sheets": {
                 "予算総括": [
                     ["【取扱注意】2026年度 健康管理関連予算（検討用）", "", ""],
                     ["人事部 健康管理室 作成 2025/07/02", "", ""],
                     ["費目", "2025実績見込(千円)", "2026要求(千円)"],
                     ["定期健康診断", 24860, 26100],
                     ["特殊健康診断", 3120, 3400],
                     ["人間ドック補助", 8750, 9800],
                     ["ストレスチェック委託", 1480, 1480],
                     ["産業医報酬", 6600, 7200],
                 ],
                 "オプション単価": [["項目", "単価(円)"], ["腹部エコー", 4400], ["胃部X線", 5500], ["腫瘍マーカー", 3300]],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached internal budget sheet is classified 取扱注意 (title row and page header)",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "shindansho-042",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["浜野 様 <hamano@towa-kenkou.or.jp>"],
        "subject": "健診結果の返却方法の変更について",
        "body": """東和健康管理協会
浜野様

いつもお世話になっております。日の出産業の鬼塚です。

今年度から、健診結果の返却方法を変更させていただきたくご相談です。
個人情報保護と機密保持の観点から、結果票の本人宛て郵送（社内便経由）をやめ、
貴協会のWeb閲覧サービスで本人が直接確認する方式に切り替えたいと考えております。

・会社控え（就業判定用）は従来どおり紙で人事部宛に送付
・Web閲覧のID通知書は本人の自宅宛に送付

費用面と、切替に必要な準備期間を教えていただけますか。

日の出産業株式会社 総務部 安全衛生チーム
鬼塚 涼子
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密保持 and 個人情報 in passing; no marking and no personal data",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "shindansho-043",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["yoyaku@seisen-kenshin.or.jp"],
        "subject": "問診票の事前集計ファイル",
        "body": """真壁様

お世話になっております。三隅です。
来週の巡回健診分、問診票の事前集計ファイルをお送りします。
胃部X線の希望者と、妊娠の可能性があるため胸部X線を避ける方に印を付けています。

当日の動線の参考にしてください。

三隅
""",
        "attachments": [
            {"kind": "corrupt", "name": "問診票集計_巡回0715.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached XLSX is corrupt and cannot be inspected (and is described as holding health data)",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "shindansho-044",
        "charset": "cp932",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["品川トラベルクリニック <booking@shinagawa-travel-clinic.jp>"],
        "subject": "海外赴任前の予防接種と英文診断書の予約",
        "body": """品川トラベルクリニック
ご予約ご担当者様

お世話になっております。日の出産業株式会社 人事部の小鳥遊と申します。
ベトナム赴任予定の社員について、赴任前の予防接種と英文健康診断書の作成をお願いしたく、
ご連絡いたしました。

　氏名（旅券表記）：KIRIGAYA SHUHEI（桐ケ谷 修平）
　生年月日：1984年2月14日
　旅券番号：TR4820573
　接種希望：A型肝炎、B型肝炎、破傷風、狂犬病（曝露前）
　英文診断書：ベトナム労働許可申請用（所定様式あり）

ビザ申請の都合上、診断書の旅券番号は上記と一致させてください。
9月中に初回接種をお願いできれば幸いです。

小鳥遊 美紀
日の出産業株式会社 人事部 福利厚生グループ
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's passport number (with name and birth date) to a travel clinic",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "shindansho-045",
        "charset": "utf-8",
        "sender": "Ken Wakabayashi <k.wakabayashi@hinode-sangyo.co.jp>",
        "to": ["MedAssist Global Case Team <cases@medassist-global.com>"],
        "subject": "Case HNS-0925: hospitalised employee in Ho Chi Minh City",
        "body": """Dear MedAssist Case Team,

I am writing on behalf of Hinode Sangyo Co., Ltd. (corporate assistance plan no. CAP-77310).

Our seconded employee, Mr. Shuhei Kirigaya (born 14 February 1984), was admitted to
Saigon Riverside International Hospital last night. The attending doctor has diagnosed
dengue haemorrhagic fever with a platelet count of 28,000/uL, and he is being monitored
in the high-care unit.

Could you please:
  1. contact the hospital to arrange a guarantee of payment, and
  2. assess whether medical evacuation to Singapore or Japan would be advisable.

His wife can be reached on +84 90 318 4472 (English OK).

Best regards,

Ken Wakabayashi
Global HR, Hinode Sangyo Co., Ltd.
Tel +81-3-5789-4425
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named expatriate's diagnosis and hospitalisation, in English, to an overseas assistance company",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "shindansho-046",
        "charset": "utf-8",
        "sender": "Ken Wakabayashi <k.wakabayashi@hinode-sangyo.co.jp>",
        "to": ["Pacifica Assist Renewals <renewals@pacifica-assist.com>"],
        "subject": "Renewal of overseas business travel policy OBT-2026",
        "body": """Dear Ms. Lindqvist,

Thank you for the renewal quotation for our overseas business travel and assignee policy.

We would like to proceed on the following basis:

  Plan            Insured persons   Medical limit     Annual premium (JPY)
  --------------  ---------------   ---------------   --------------------
  Short trips     up to 180 trips   JPY 30,000,000    1,260,000
  Assignees       14 (Asia)         unlimited         4,830,000
  Assignees       3 (Europe)        unlimited         1,410,000

Please send the revised policy wording and the invoice to our Tokyo office. The named
list of assignees will follow separately through your secure portal, as agreed.

Kind regards,

Ken Wakabayashi
Global HR | Hinode Sangyo Co., Ltd.
4-23-6 Takanawa, Minato-ku, Tokyo 108-0074, Japan

""" + _DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English renewal mail with premium table and the standard confidentiality disclaimer; no personal data",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "shindansho-047",
        "charset": "utf-8",
        "sender": "芦刈 俊介 <ashikari@logi.hinode-sangyo.co.jp>",
        "to": ["川口駅前クリニック 健診係 <kenshin@asagi-kawaguchi.jp>"],
        "subject": "外国籍新入社員の雇入時健診（在留カード情報）",
        "body": """医療法人浅葱会 川口駅前クリニック
健診係　ご担当者様

お世話になっております。日の出産業 物流センターの芦刈です。
来月入社のフィリピン国籍の社員1名について、雇入時健診をお願いします。
日本語の読み書きに不安があるため、英語の問診票があれば助かります。

　氏名：DELA CRUZ MARIA ANGELICA（デラクルス マリア アンジェリカ）
　生年月日：1997年3月9日
　在留カード番号：UH48215037EA
　在留資格：特定技能1号（期限 2026年11月30日）
　受診希望：10月2日（木）午前

よろしくお願いいたします。

日の出産業株式会社 物流センター 総務
芦刈 俊介　TEL 048-258-3301
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a residence card number of a foreign new hire to a clinic",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "shindansho-048",
        "charset": "cp932",
        "sender": "芦刈 俊介 <ashikari@logi.hinode-sangyo.co.jp>",
        "to": ["早乙女 蓮 <saotome.ren@hinode-sangyo.co.jp>", "東雲 里奈 <shinonome@hinode-sangyo.co.jp>"],
        "subject": "特定技能 入社予定者の在留カード・健診予定（人事登録用）",
        "body": f"""早乙女さん、東雲さん

物流センターの芦刈です。10月入社の特定技能の方の人事登録情報です。
マイナンバーは本人確認済み（在留カード＋通知カード）です。

1) DELA CRUZ MARIA ANGELICA　1997/03/09　在留カード UH48215037EA　個人番号 {my_number(SEED + 2)}
   健診：10/2 川口駅前クリニック
2) NGUYEN VAN KHOA　1999/12/21　在留カード VK20917764FB　個人番号 {my_number(SEED + 3)}
   健診：10/3 川口駅前クリニック
3) SARI DEWI LESTARI　2001/05/30　在留カード AD73309156JA　個人番号 {my_number(SEED + 4)}
   健診：10/3 川口駅前クリニック

カードのコピーは社内便で送ります。

芦刈
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "internal only: residence cards and My Numbers circulate between HR staff",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "shindansho-049",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["東和健康管理協会 特殊健診係 <tokushu@towa-kenkou.or.jp>"],
        "subject": "有機溶剤等健康診断（10月）対象者名簿",
        "body": """東和健康管理協会
特殊健診係　ご担当者様

お世話になっております。日の出産業 安全衛生チームの鬼塚です。
10月実施の特殊健康診断（有機溶剤・特定化学物質）の対象者名簿をお送りします。
ZIPの中に名簿CSVと作業場所の一覧を入れています。

実施日：10月16日（木）13:30〜　場所：本社工場 2F 会議室

鬼塚
""",
        "attachments": [
            {"kind": "zip", "name": "特殊健診_202510.zip", "files": [
                {"kind": "csv", "name": "対象者名簿.csv", "encoding": "cp932", "rows": [
                    ["No", "社員番号", "氏名", "ﾌﾘｶﾞﾅ", "性別", "生年月日", "取扱物質", "作業場所"],
                    ["1", "H13398", "廿日出 稔", "ﾊﾂｶﾃﾞ ﾐﾉﾙ", "男", "1968/08/21", "トルエン", "塗装ブース"],
                    ["2", "H17702", "榊原 隆之", "ｻｶｷﾊﾞﾗ ﾀｶﾕｷ", "男", "1974/03/02", "キシレン", "塗装ブース"],
                    ["3", "H20981", "比嘉 昌平", "ﾋｶﾞ ｼｮｳﾍｲ", "男", "1979/11/15", "トルエン", "洗浄工程"],
                    ["4", "H22310", "雲母 さくら", "ｷﾗﾗ ｻｸﾗ", "女", "1992/06/06", "ジクロロメタン", "試験室"],
                    ["5", "H23018", "猪狩 蒼", "ｲｶﾞﾘ ｱｵｲ", "男", "1996/01/28", "キシレン", "洗浄工程"],
                    ["6", "H24455", "八重樫 奈々", "ﾔｴｶﾞｼ ﾅﾅ", "女", "1990/10/10", "酢酸エチル", "試験室"],
                    ["7", "H25106", "四十物 亘", "ｱｲﾓﾉ ﾜﾀﾙ", "男", "2000/04/17", "トルエン", "塗装ブース"],
                ]},
                {"kind": "csv", "name": "作業場所一覧.csv", "encoding": "cp932", "rows": [
                    ["作業場所", "管理区分", "局排"], ["塗装ブース", "第1", "有"], ["洗浄工程", "第2", "有"], ["試験室", "第1", "有"],
                ]},
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: seven employees' records (birth date, exposure) in a CSV inside an unencrypted ZIP, to a clinic",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "shindansho-050",
        "charset": "utf-8",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["凪損害保険 事故受付センター <jiko-uketsuke@nagi-sonpo.co.jp>"],
        "subject": "労災上乗せ保険 事故報告（物流センター 転落事故）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>凪損害保険株式会社<br>事故受付センター　御中</p>
<p>いつもお世話になっております。日の出産業株式会社 総務部の鬼塚です。<br>
証券番号 RS-5520913（労働災害総合保険）について、下記のとおり事故のご報告をいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">発生日時</th><td>2025年8月4日 10時20分頃</td></tr>
<tr><th align="left">発生場所</th><td>物流センター 第2倉庫 中二階（埼玉県川口市領家5丁目）</td></tr>
<tr><th align="left">被災者</th><td>不破 颯太（フワ ソウタ）　昭和57年6月3日生　男性　フォークリフト作業</td></tr>
<tr><th align="left">傷病名</th><td>左橈骨遠位端骨折、頭部打撲</td></tr>
<tr><th align="left">受診先</th><td>川口中央病院 整形外科（8/5 観血的整復固定術）</td></tr>
<tr><th align="left">休業見込</th><td>約8週間</td></tr>
<tr><th align="left">状況</th><td>棚卸作業中、脚立から約1.5m転落</td></tr>
</table>
<p>労基署への労働者死傷病報告は8月8日に提出予定です。<br>必要書類をご案内いただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 総務部 安全衛生チーム<br>鬼塚 涼子　TEL 03-5789-4460</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: an accident report (HTML-only) with the injured worker's name, birth date, injuries and surgery, to the insurer",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "shindansho-051",
        "charset": "cp932",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["凪損害保険 法人営業二課 <houjin2@nagi-sonpo.co.jp>"],
        "subject": "労働災害総合保険の更新資料",
        "body": """凪損害保険株式会社
法人営業二課　羽賀様

お世話になっております。日の出産業の鬼塚です。
更新見積りに必要とのことでしたので、直近3年の労災発生状況をお送りします。

年度      休業災害  不休災害  延べ休業日数  主な型
--------  --------  --------  ------------  ------------------
2022年度      2         5          41       転倒、はさまれ
2023年度      1         7          18       腰痛、切れ
2024年度      3         4          96       墜落・転落、転倒

従業員数は570名（うち物流センター148名）です。
更新後の保険料試算をお待ちしております。

鬼塚 涼子
日の出産業株式会社 総務部 安全衛生チーム
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate accident statistics for an insurance renewal; no individual",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "shindansho-052",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人ケータリング <catering@kitaguni-food.co.jp>"],
        "subject": "巡回健診当日の昼食（お弁当）手配のお願い",
        "body": """北国フーズ株式会社
法人ケータリング担当　ご担当者様

いつもお世話になっております。日の出産業の鬼塚です。
巡回健診の当日、健診スタッフの方向けにお弁当の手配をお願いします。

　日付：6月10日（火）・11日（水）
　数量：各日 18食（うち1食はベジタリアン対応）
　お届け：11:30 本社7F 大会議室前
　お茶：各日 20本

請求は通常どおり総務部宛でお願いいたします。

鬼塚
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: kitaguni-food.co.jp drops a letter of the partner kitaguni-foods.co.jp",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "shindansho-053",
        "charset": "utf-8",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["白川 弁護士 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "休職中社員の件（追加情報）",
        "body": """白川先生

お世話になっております。日の出産業の竹之内です。
勅使河原さんの件で、先日お伝えしていなかった事実関係を補足します。

・2024年10月　双極性障害II型の診断で休職開始（主治医：港南メンタルクリニック）
・2025年3月　一度復職するも、4月に再度休職（同一傷病）
・就業規則上、同一傷病の休職期間は通算され、満了日は2025年9月30日

ご本人の代理人弁護士から、満了退職は不当との書面が届いております（PDFは来週持参します）。

""" + _SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike + sensitive: shirakawa-law.co.jp is not the partner shirakawa-law.jp; carries a named diagnosis",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "shindansho-054",
        "charset": "cp932",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 須藤 <sudo@tsubasa-systern.jp>"],
        "subject": "健康管理システム 保守契約の更新について",
        "body": """ツバサシステム株式会社
須藤様

お世話になっております。日の出産業 健康管理室の三隅です。
健康管理システムの保守契約が来年3月で更新となりますが、
ストレスチェック機能のオプション追加をあわせて検討しています。

追加費用の概算と、導入までのスケジュール感をお知らせいただけますか。
11月の予算申請に間に合わせたいと考えています。

三隅
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: tsubasa-systern.jp uses 'rn' for 'm' (homoglyph of partner tsubasa-system.jp)",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "shindansho-055",
        "charset": "iso-2022-jp",
        "sender": "早乙女 蓮 <saotome.ren@hinode-sangyo.co.jp>",
        "to": ["人事部 採用チーム <saiyou@hinode-sangyo.jp>"],
        "subject": "雇入時健診スケジュール（4月入社）の共有",
        "body": """採用チームの皆さん

お疲れさまです。早乙女です。
4月入社者の雇入時健診のスケジュールが確定しましたので共有します。

　3月11日（火）午前　せいせんクリニック　6名
　3月13日（木）午前　せいせんクリニック　予備日
　3月18日（火）午後　せいせんクリニック　中途2名

結果は3月末までに健康管理室経由で届く予定です。
内定者フォローの面談時に、受診済みかどうかだけ確認してください。

早乙女
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sangyo.jp drops the 'co.' of the company's own domain; the mail was meant internally",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "shindansho-056",
        "charset": "utf-8",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 安達様 <adachi@nishiki-insatsu.co.jp>"],
        "subject": "問診票・受診案内の印刷発注",
        "body": """錦印刷株式会社
営業部　安達様

お世話になっております。日の出産業の鬼塚です。
来年度の定期健診用の印刷物について、下記のとおり発注いたします。

　品名                     仕様                  数量    単価     金額
　-----------------------  --------------------  ------  -------  ---------
　問診票（定期健診）       A4両面 1色 ミシン目   650部   28円     18,200円
　受診案内                 A4片面 2色            650部   15円      9,750円
　返信用封筒（長3）        1色 料金受取人払      650枚   12円      7,800円
　-----------------------  --------------------  ------  -------  ---------
　小計 35,750円／消費税 3,575円／合計 39,325円

納品：2026年4月10日までに本社7F 総務部へ
版下データは前年のものから日付と健診機関名を差し替えてください。

鬼塚
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an ordinary print order with prices to a partner printer",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "shindansho-057",
        "charset": "cp932",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["adachi@nishiki-insatsu.co.jp"],
        "subject": "結果通知 宛名ラベル印字データ",
        "body": """安達様

お世話になっております。鬼塚です。
休職者・長期出張者など、健診結果を自宅へ郵送する方の宛名ラベル用データをお送りします。
フォーマットは前回と同じ（郵便番号／住所／氏名／社員コード）です。

ラベルは社員コード順で印字してください。

鬼塚
""",
        "attachments": [
            {"kind": "csv", "name": "宛名ラベル_結果通知.csv", "encoding": "cp932", "rows": [
                ["郵便番号", "住所", "氏名", "社員コード"],
                ['〒155-5103', '東京都世田谷区北沢4-17-11', '砂川 浩二 様', '27452'],
                ['〒223-0981', '神奈川県横浜市港北区日吉本町1-10-2 メゾン楓302', '雲母 蒼 様', '21802'],
                ['〒272-9222', '千葉県市川市八幡1-3-6 コーポ白樺208', '及川 亘 様', '22850'],
                ['〒273-8324', '千葉県船橋市本町4-6-14', '服部 結衣 様', '29549'],
                ['〒136-3263', '東京都江東区大島1-3-6', '四十物 千尋 様', '23588'],
                ['〒223-0487', '神奈川県横浜市港北区日吉本町1-4-15', '安曇 修平 様', '27364'],
                ['〒211-9151', '神奈川県川崎市中原区今井南町2-29-1', '榊原 蒼 様', '21423'],
                ['〒136-9290', '東京都江東区大島4-6-12', '木全 美咲 様', '25070'],
                ['〒192-0851', '東京都八王子市元本郷町3-18-3', '漆畑 健吾 様', '24583'],
                ['〒136-0163', '東京都江東区大島3-30-9', '勅使河原 紗希 様', '24045'],
                ['〒330-4092', '埼玉県さいたま市浦和区岸町1-7-12', '桐ケ谷 健吾 様', '20594'],
                ['〒252-4148', '神奈川県相模原市南区相南5-1-18', '日下部 真由 様', '27049'],
                ['〒136-0654', '東京都江東区大島4-21-7', '乙部 由紀 様', '28190'],
                ['〒223-1899', '神奈川県横浜市港北区日吉本町2-20-16', '椎葉 彩花 様', '27223'],
                ['〒211-7069', '神奈川県川崎市中原区今井南町5-30-17', '槙野 悠人 様', '28845'],
                ['〒211-4628', '神奈川県川崎市中原区今井南町1-30-11', '蓼沼 修平 様', '26316'],
                ['〒333-8888', '埼玉県川口市芝新町5-16-15 メゾン楓105', '寒河江 隆之 様', '21619'],
                ['〒177-7274', '東京都練馬区石神井台4-14-15', '宍戸 紗希 様', '20644'],
                ['〒155-7235', '東京都世田谷区北沢3-13-20 メゾン桜307', '真栄田 修平 様', '26991'],
                ['〒183-3742', '東京都府中市宮西町2-29-5', '門脇 紗希 様', '20968'],
                ['〒183-0082', '東京都府中市宮西町1-7-12', '杠 香織 様', '27066'],
                ['〒211-1675', '神奈川県川崎市中原区今井南町5-11-2', '廿日出 香織 様', '24212'],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 22 employees' home addresses (mailing labels) in a CP932 CSV to the printer",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "shindansho-058",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "大阪支店 巡回健診会場（宴会場）のご予約",
        "body": """さくらホテル大阪
宴会予約ご担当　様

いつもお世話になっております。日の出産業の鬼塚です。
大阪支店の巡回健診の会場として、下記のとおり宴会場を予約させてください。

　日時：2025年11月18日（火）8:00〜13:00（設営 7:00〜）
　会場：「葵の間」（健診車2台の駐車スペースも必要です）
　レイアウト：パーティション8区画、受付机2台、椅子40脚
　電源：心電図・聴力検査用に100V 6系統

健診機関（東和健康管理協会）から設営担当が直接ご連絡する場合があります。
お見積りをお願いいたします。

--
日の出産業株式会社 総務部 安全衛生チーム　鬼塚 涼子
〒108-0074 東京都港区高輪4-23-6　TEL 03-5789-4460
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary venue booking with a hotel partner; no personal data",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "shindansho-059",
        "charset": "utf-8",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["banquet@sakura-hotel.jp", "浜野 様 <hamano@towa-kenkou.or.jp>"],
        "cc": ["adachi@nishiki-insatsu.co.jp"],
        "subject": "【11/18 大阪巡回健診】設営・案内表示の打合せ",
        "body": """さくらホテル 宴会予約ご担当様
東和健康管理協会 浜野様
錦印刷 安達様

お世話になっております。日の出産業の鬼塚です。
11/18の大阪巡回健診について、会場設営と案内表示の段取りを三者でご確認いただきたく、
まとめてご連絡いたします。

・健診車の到着：6:45（ホテル搬入口）
・案内看板・動線表示：錦印刷様で作成、前日17時までにホテルへ納品
・パーティション配置図：東和様から前週金曜までにホテルへ送付

ご不明点は本メールに全員返信でお願いします。

鬼塚
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three external organisations (hotel, clinic, printer) in To/Cc",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "shindansho-060",
        "charset": "cp932",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["hamano@towa-kenkou.or.jp"],
        "cc": ["banquet@sakura-hotel.jp"],
        "subject": "Re: 大阪巡回健診 搬入時間",
        "body": """浜野様
（Cc：さくらホテル宴会ご担当様）

お世話になっております。鬼塚です。
健診車の搬入時間は6:45で、ホテル様にもご了承いただきました。
搬入口は北側の業務用駐車場からとのことです。

当日は弊社大阪支店の獅子堂が7:00から立ち会います。

鬼塚

-----Original Message-----
From: 浜野 <hamano@towa-kenkou.or.jp>
Sent: Monday, November 3, 2025 4:12 PM
Subject: 大阪巡回健診 搬入時間

鬼塚様
健診車2台の搬入時間について、ホテル側のご都合を確認いただけますでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc (normal three-way mail), logistics only",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "shindansho-061",
        "charset": "utf-8",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
        "subject": "永年勤続表彰式 ビュッフェのアレルギー対応について",
        "body": """北国フーズ株式会社
ケータリング事業部　ご担当者様

お世話になっております。日の出産業 人事部の小鳥遊です。
12月5日の永年勤続表彰式（出席予定 64名）のビュッフェについて、
出席者から食物アレルギーの申告が2件ありましたので、個別対応をお願いいたします。

・設楽 瑞穂 様（品質保証部）：そば、落花生　※アナフィラキシーの既往あり
・門脇 浩二 様（物流センター）：えび・かに

お二人の席に個別のプレートをご用意いただき、料理の表示カードにも
アレルゲンの記載をお願いできますでしょうか。

小鳥遊 美紀
日の出産業株式会社 人事部 福利厚生グループ
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: two named employees' food allergies (one with anaphylaxis history) to the caterer, for their own safety",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "shindansho-062",
        "charset": "iso-2022-jp",
        "sender": "芦刈 俊介 <ashikari@logi.hinode-sangyo.co.jp>",
        "to": ["スタッフ・ユニオン 今泉様 <imaizumi@staff-union.co.jp>"],
        "subject": "派遣スタッフ 比嘉様の勤務について",
        "body": """スタッフ・ユニオン株式会社
今泉様

お世話になっております。日の出産業 物流センターの芦刈です。
弊社で就業中の比嘉 紗希様（スタッフNo. SU-41562）について、ご相談です。

本日ご本人から、妊娠14週であること、つわりが強く通院中であることの申し出がありました。
主治医の「母性健康管理指導事項連絡カード」も提示いただき、
・通勤緩和（時差出勤）
・立ち作業と重量物の取扱いを避けること
が指導事項として記載されています。

派遣元として、就業条件の変更手続きをお願いできますでしょうか。
現場では来週から検品の座り作業に配置を変える予定です。

芦刈
日の出産業株式会社 物流センター 総務　TEL 048-258-3301
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named temp worker's pregnancy and the doctor's health-management instructions, to the staffing agency",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "shindansho-063",
        "charset": "cp932",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["就労移行支援あしたば 定着支援担当 <teichaku@ashitaba-shuro.or.jp>"],
        "subject": "定着支援面談の件（4月入社 榊原さん）",
        "body": """就労移行支援事業所あしたば
定着支援ご担当　沖田様

お世話になっております。日の出産業 人事部の小鳥遊です。
4月に貴事業所からご紹介いただいて入社した榊原 陽菜さんの、3か月目の定着支援面談の件です。

配属先（経理課）からは、作業は丁寧で問題ないとの評価です。
ただ、ご本人から、発達障害（ASD）の特性で電話応対が大きな負担になっている、
精神障害者保健福祉手帳（2級）の更新手続きも重なって疲れがたまっている、との話がありました。

7月下旬に、ご本人・上長・沖田様・弊社人事の4名で面談の場を設けたく、
ご都合のよい日を教えていただけますでしょうか。

小鳥遊
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's disability (diagnosis, certificate grade) to an external job-support agency",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "shindansho-064",
        "charset": "utf-8",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["teichaku@ashitaba-shuro.or.jp"],
        "subject": "企業見学会の受け入れについて",
        "body": """あしたば　沖田様

お世話になっております。小鳥遊です。
ご依頼のあった利用者様向けの企業見学会、受け入れ可能です。

　日時：9月12日（金）14:00〜15:30
　場所：本社7F（経理課・総務課の見学、先輩社員との座談会）
　人数：最大8名＋支援員様

参考までに、弊社の障害者雇用の状況をお伝えします。
　常用労働者数 570名／雇用障害者数 15名（実雇用率 2.63%）
　職域：事務補助、検品、清掃、データ入力

当日の受付は本社1F総合受付で「人事部の見学会」とお伝えください。

小鳥遊 美紀
日の出産業株式会社 人事部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a site-visit arrangement with aggregate employment-rate figures; no individual",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "shindansho-065",
        "charset": "iso-2022-jp",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["urushibara@minato-roumu.jp"],
        "subject": "障害者雇用状況報告書（6/1現在）作成のための資料",
        "body": """漆原先生

お世話になっております。竹之内です。
今年の障害者雇用状況報告書（ロクイチ報告）の作成をお願いするにあたり、
対象者の明細を添付します。昨年のExcel（旧形式）に追記しています。

短時間勤務者のカウント（0.5）についてご確認いただけますと助かります。

竹之内
""",
        "attachments": [
            {"kind": "xls", "name": "障害者雇用明細_2025.xls", "sheets": {
                "明細": [
                    ["氏名", "生年月日", "障害種別", "等級", "手帳交付日", "週所定労働時間", "カウント"],
                    ["榊原 陽菜", "2001/02/11", "精神（発達障害）", "2級", "2023/05/10", "30", "1"],
                    ["鶴見 稔", "1970/07/19", "身体（下肢機能障害）", "2級", "2009/11/02", "40", "2"],
                    ["杠 悠人", "1995/12/01", "知的", "B1", "2012/04/20", "30", "1"],
                    ["及川 由紀", "1983/03/27", "身体（聴覚障害）", "3級", "1990/06/15", "40", "1"],
                    ["能登谷 翔", "1998/10/08", "精神（統合失調症）", "3級", "2021/08/30", "20", "0.5"],
                    ["服部 麻衣", "1988/05/16", "身体（内部障害・腎臓）", "1級", "2019/01/11", "40", "2"],
                    ["日下部 修平", "1976/09/03", "精神（うつ病）", "2級", "2022/02/17", "30", "1"],
                    ["古閑 千尋", "2002/06/22", "知的", "A2", "2008/03/05", "30", "2"],
                ],
                "集計": [["区分", "人数", "カウント"], ["身体", 3, 5], ["知的", 2, 3], ["精神", 3, 2.5]],
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: eight employees' disability types and grades in a legacy XLS to the labour consultant",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "shindansho-066",
        "charset": "utf-8",
        "sender": "Ken Wakabayashi <k.wakabayashi@hinode-sangyo.co.jp>",
        "to": ["Dr. Priya Raman <priya.raman@ohs-advisory.com>"],
        "subject": "Draft Global Occupational Health Standard for your review",
        "body": """Dear Dr. Raman,

Thank you for agreeing to review our draft Global Occupational Health Standard before it
goes to the Asia subsidiaries. I attach the current draft (v0.9).

We would particularly appreciate your view on section 4 (fitness-for-duty assessment of
drivers and forklift operators) and section 6 (handling of medical certificates across
borders).

Could we have your comments by 15 October?

Best regards,
Ken Wakabayashi
Global HR, Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {"kind": "pdf", "name": "GOHS_draft_v0.9.pdf", "title": "Global Occupational Health Standard (draft)",
             "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
             "page_footer": "Confidential / Do not distribute",
             "lines": ["Global Occupational Health Standard - DRAFT v0.9", "",
                       "1. Scope", "2. Roles: occupational physician, nurse, HR", "3. Pre-employment medical examination",
                       "4. Fitness-for-duty assessment of drivers and forklift operators",
                       "5. Return to work after sickness absence", "6. Handling of medical certificates"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached PDF carries a CONFIDENTIAL / internal-use-only header and footer",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "shindansho-067",
        "charset": "cp932",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["hamano@towa-kenkou.or.jp"],
        "subject": "2026年度 定期健康診断 業務委託契約書のご送付",
        "body": """東和健康管理協会
浜野様

お世話になっております。日の出産業の鬼塚です。
2026年度の定期健康診断業務委託契約書（案）を法務確認済みの版でお送りします。
前年度からの変更点は、第9条（個人情報の取扱い）に再委託時の事前承諾を追加した点のみです。

問題なければ、電子契約サービスから署名依頼をお送りします。

日の出産業株式会社 総務部 安全衛生チーム
鬼塚 涼子
TEL 03-5789-4460

""" + _DISCLAIMER_JA,
        "attachments": [
            {"kind": "pdf", "name": "健診業務委託契約書_2026_案.pdf",
             "lines": ["定期健康診断業務委託契約書（案）", "日の出産業株式会社（以下「甲」）と一般財団法人東和健康管理協会（以下「乙」）は…",
                       "第1条（委託業務）", "第9条（個人情報の取扱い）乙は、本業務で知り得た個人情報を…再委託する場合は甲の事前の書面による承諾を得る。",
                       "第12条（契約期間）2026年4月1日から2027年3月31日まで"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract mail ending with the standard Japanese confidentiality disclaimer; no marking, no personal data",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "shindansho-068",
        "charset": "utf-8",
        "sender": "Ken Wakabayashi <k.wakabayashi@hinode-sangyo.co.jp>",
        "to": ["Network Relations <partners@asiacare-clinics.com>"],
        "subject": "Pre-employment medicals for local hires in Vietnam and Thailand",
        "body": """Dear AsiaCare team,

We are planning to recruit around 30 local staff for our new warehouses in Binh Duong
and Chonburi next spring. Could you let us know:

  - which of your network clinics can perform pre-employment medicals in those areas,
  - the standard package and price per person, and
  - whether results can be reported to us in English through a secure portal.

A short call next week would also be welcome.

Regards,
Ken Wakabayashi
Global HR | Hinode Sangyo Co., Ltd. | +81-3-5789-4425

""" + _DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English inquiry with the standard e-mail disclaimer; no personal data",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "shindansho-069",
        "charset": "iso-2022-jp",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["hamano@towa-kenkou.or.jp"],
        "subject": "二次検査 受診勧奨対象者の送付",
        "body": """浜野様

お世話になっております。三隅です。
二次検査の受診勧奨をお願いする対象者のファイルを送ります。
いつもどおりZIPにパスワードをかけています。パスワードは次のメールでお知らせします。

三隅
""",
        "attachments": [
            {"kind": "zip", "name": "二次検査対象者_1020.zip", "password": "towa1020!",
             "files": [
                 {"kind": "csv", "name": "二次検査対象者.csv", "encoding": "utf-8", "rows": [
                     ["社員番号", "氏名", "項目", "結果"],
                     ["H12280", "門脇 浩二", "心電図", "心房細動"],
                     ["H15533", "八重樫 由紀", "胸部X線", "異常陰影"],
                 ]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) to the clinic",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "shindansho-070",
        "charset": "cp932",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["hamano@towa-kenkou.or.jp"],
        "subject": "RE: 要精密検査者のご連絡",
        "body": """浜野様

ご連絡ありがとうございます。内容承知いたしました。
各人には今週中に健康管理室から個別に通知し、受診結果の提出を求めます。
二次検査の受診先として貴協会の精密検査外来を案内してよろしいでしょうか。

三隅

差出人: 浜野 直樹 <hamano@towa-kenkou.or.jp>
送信日時: 2025年10月20日 月曜日 11:05
宛先: 三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>
件名: 要精密検査者のご連絡

三隅様
本日までに判定が確定した要精密検査者は以下のとおりです。
　門脇 浩二様　心電図：心房細動
　八重樫 由紀様　胸部X線：右上肺野 結節影
　古閑 大輔様　眼底：高血圧性網膜症 Scheie H2
　帯刀 陽菜様　甲状腺：腫大（エコー推奨）
　廿日出 稔様　聴力：4000Hz 50dB 低下
東和健康管理協会 浜野
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five people's findings are only in the quoted clinic mail (差出人/送信日時 block); new text has none",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "shindansho-071",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["kano@kano-sangyoui.jp"],
        "subject": "転送: 要精密検査者のご連絡",
        "body": """嘉納先生

東和から要精密検査者の連絡が来ましたので転送します。
次回訪問日に就業判定をお願いしたく、特に門脇さん（フォークリフト）は優先でお願いします。

三隅

---------- 転送メッセージ ----------
From: 浜野 直樹 <hamano@towa-kenkou.or.jp>
Date: 2025年10月20日(月) 11:05
Subject: 要精密検査者のご連絡
To: 三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>

三隅様
本日までに判定が確定した要精密検査者は以下のとおりです。
　門脇 浩二様　心電図：心房細動
　八重樫 由紀様　胸部X線：右上肺野 結節影
　古閑 大輔様　眼底：高血圧性網膜症 Scheie H2
　帯刀 陽菜様　甲状腺：腫大（エコー推奨）
　廿日出 稔様　聴力：4000Hz 50dB 低下
東和健康管理協会 浜野
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: a forwarded (not quoted) mail with five named employees' findings, to the outside physician",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "shindansho-072",
        "charset": "iso-2022-jp",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>"],
        "cc": ["ashikari@logi.hinode-sangyo.co.jp"],
        "subject": "FW: 要精密検査者のご連絡（物流C関係分）",
        "body": """伊集院さん、芦刈さん

東和からの連絡を転送します。物流Cでは門脇さんが該当です。
産業医判定が出るまで、フォークリフト乗務は控えてもらう方向で現場調整をお願いします。

三隅

---------- Forwarded message ----------
From: 浜野 直樹 <hamano@towa-kenkou.or.jp>
Subject: 要精密検査者のご連絡

　門脇 浩二様　心電図：心房細動
　八重樫 由紀様　胸部X線：右上肺野 結節影
　古閑 大輔様　眼底：高血圧性網膜症 Scheie H2
　帯刀 陽菜様　甲状腺：腫大（エコー推奨）
　廿日出 稔様　聴力：4000Hz 50dB 低下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal only: the same forwarded findings go to colleagues inside the company",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "shindansho-073",
        "charset": "utf-8",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 安達様 <adachi@nishiki-insatsu.co.jp>"],
        "subject": "担当者変更のお知らせ（健診関係の印刷物）",
        "body": """安達様

お世話になっております。日の出産業の鬼塚です。
10月1日付の人事異動により、健診関係の印刷物の窓口が下記に変わります。

　総務部 安全衛生チーム　椎名 克己（しいな かつみ）
　TEL 03-5789-4463（直通）
　shiina.katsumi@hinode-sangyo.co.jp

引き継ぎは済ませておりますので、今後は椎名宛にご連絡ください。
これまで大変お世話になりました。

鬼塚 涼子
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one colleague's business contact details (a handover notice); ordinary business mail",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "shindansho-074",
        "charset": "cp932",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["urushibara@minato-roumu.jp"],
        "subject": "障害年金の請求について（休職者のご相談）",
        "body": """漆原先生

たびたび失礼します。竹之内です。
休職中の社員から障害年金の請求を考えていると相談があり、先生をご紹介してもよいか
ご本人の了承を得ました。概要をお送りしますので、受任可能かご検討ください。

　氏名　　　　：一ノ瀬 昌平（50歳）
　基礎年金番号：5038-172649
　傷病名　　　：脳梗塞後遺症（左片麻痺、高次脳機能障害）
　初診日　　　：2023年12月7日（市立みなみ総合病院 脳神経内科）
　現状　　　　：身体障害者手帳 2級、休職期間は2026年6月満了予定

ご本人の連絡先は、先生のご了承をいただいてからお伝えします。

竹之内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identifier + sensitive: a basic pension number with a named employee's stroke diagnosis and disability, to the consultant",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "shindansho-075",
        "charset": "utf-8",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["kano@kano-sangyoui.jp"],
        "cc": ["misumi.hikari@hinode-sangyo.co.jp"],
        "subject": "長時間労働者の面接指導対象者（9月分）",
        "body": """嘉納先生

お世話になっております。労務課の竹之内です。
9月の時間外・休日労働が80時間を超えた方の一覧を添付します。
疲労蓄積度チェックリストの結果も併記しています。10月の訪問時に面接指導をお願いします。

竹之内
""",
        "attachments": [
            {"kind": "docx", "name": "面接指導対象者_202509.docx", "title": "長時間労働者 面接指導対象者一覧",
             "paragraphs": ["長時間労働者 面接指導対象者一覧（2025年9月）", "作成：人事部 労務課"],
             "tables": [[
                 ["氏名", "所属", "年齢", "時間外+休日", "疲労蓄積度", "自覚症状"],
                 ["東海林 稔", "物流C", "55", "112h", "負担度 4（非常に高い）", "不眠、胸部圧迫感"],
                 ["百瀬 健吾", "製造二課", "38", "96h", "負担度 3", "頭痛、不眠"],
                 ["鶴見 大輔", "営業一部", "45", "88h", "負担度 3", "イライラ、肩こり"],
                 ["杠 千尋", "経理課", "34", "84h", "負担度 2", "目の疲れ"],
                 ["真栄田 香織", "品質保証", "36", "82h", "負担度 4（非常に高い）", "気分の落ち込み、食欲低下"],
                 ["椎葉 翔", "物流C", "26", "81h", "負担度 2", "特になし"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: six named employees with overtime and fatigue/symptom results in a DOCX table, to the outside physician",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "shindansho-076",
        "charset": "iso-2022-jp",
        "sender": "竹之内 誠 <takenouchi.m@hinode-sangyo.co.jp>",
        "to": ["kano@kano-sangyoui.jp"],
        "subject": "10/16 面接指導の時間割",
        "body": """嘉納先生

10月16日（木）の面接指導の時間割です（本社6F 健康相談室）。

　13:30〜14:00　社員番号 H18820
　14:10〜14:40　社員番号 H20331
　14:50〜15:20　社員番号 H31207

資料は当日、健康相談室にご用意します。
よろしくお願いいたします。

竹之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a schedule of three slots by employee number only; no names, no health data, under the list threshold",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "shindansho-077",
        "charset": "cp932",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["槙野 拓海 <makino.takumi.98@gmail.com>"],
        "cc": ["imaizumi@staff-union.co.jp", "kenshin@asagi-kawaguchi.jp"],
        "subject": "健診の追加受診（聴力検査）について",
        "body": """槙野 拓海 様
（Cc：スタッフ・ユニオン 今泉様、川口駅前クリニック 健診係様）

日の出産業 人事部の小鳥遊です。
先日の雇入時健診で、機器の不具合により聴力検査のみ実施できなかったとクリニックから連絡がありました。
お手数ですが、下記で追加受診をお願いします。費用はかかりません。

　日時：2月4日（火）17:30（受付で「聴力検査のみ」とお伝えください）
　場所：川口駅前クリニック 2階

派遣元の今泉様、クリニック様にも共有のためCcに入れています。

小鳥遊
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "visible parties: a private person, the staffing agency and the clinic see each other in To/Cc",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "shindansho-078",
        "charset": "utf-8",
        "sender": "早乙女 蓮 <saotome.ren@hinode-sangyo.co.jp>",
        "to": ["乙部 千尋 <otobe_chihiro@yahoo.co.jp>"],
        "cc": ["yoyaku@seisen-kenshin.or.jp"],
        "subject": "健診日の変更について（3/11 → 3/13）",
        "body": """乙部 千尋 様

日の出産業 人事部の早乙女です。
ご依頼のあった雇入時健診の日程変更、せいせんクリニック様と調整のうえ
3月13日（木）8:30受付に変更となりました。
（クリニック様にも確認のためCcでお送りしています）

持ち物に変更はありません。どうぞよろしくお願いいたします。

早乙女
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "only two external parties (one private person, one clinic) in To/Cc; a date change, no health data",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "shindansho-079",
        "charset": "utf-8",
        "sender": "東雲 里奈 <shinonome@hinode-sangyo.co.jp>",
        "to": ["tekiyou@hinode-kenpo.or.jp"],
        "subject": "4月入社者 資格取得届（電子申請エラー分）",
        "body": """健康保険組合 適用課
ご担当者様

お世話になっております。日の出産業の東雲です。
電子申請でエラーになった4月入社者5名分について、データを添付でお送りします。
お手数ですが、組合側での手入力をお願いできますでしょうか。

東雲
""",
        "attachments": [
            {"kind": "xlsx", "name": "資格取得_202504_エラー分.xlsx", "sheets": {
                "取得者": [
                    ["被保険者資格取得届（補記用）", "", "", "", "", ""],
                    ["氏名", "フリガナ", "生年月日", "個人番号", "基礎年金番号", "報酬月額"],
                    ["柊 美咲", "ヒイラギ ミサキ", "H14.5.14", my_number(SEED + 5), "", 228000],
                    ["寒河江 拓海", "サガエ タクミ", "H13.11.2", my_number(SEED + 6), "", 232000],
                    ["仲宗根 結衣", "ナカソネ ユイ", "H15.1.27", my_number(SEED + 7), "", 224000],
                    ["勅使河原 翔", "テシガワラ ショウ", "H11.8.9", my_number(SEED + 8), "6193-408825", 265000],
                    ["鰐淵 修平", "ワニブチ シュウヘイ", "H9.4.18", my_number(SEED + 9), "7720-119364", 281000],
                ],
                "備考": [["エラー内容"], ["個人番号と基礎年金番号の併記不可"]],
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list + identifier: five new hires' My Numbers (and pension numbers) in an XLSX to the health insurance society",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "shindansho-080",
        "charset": "iso-2022-jp",
        "sender": "東雲 里奈 <shinonome@hinode-sangyo.co.jp>",
        "to": ["tekiyou@hinode-kenpo.or.jp"],
        "subject": "被扶養者資格再確認の様式について",
        "body": """健康保険組合 適用課
ご担当者様

お世話になっております。日の出産業の東雲です。
今年度の被扶養者資格再確認について、社内で配布する様式一式をまとめました。
組合からいただいた様式に、社内の提出期限を書き加えたものです。
念のため、記載内容に誤りがないかご確認いただけますか。

　社内提出期限：9月26日（金）
　組合提出予定：10月10日（金）

東雲 里奈
日の出産業株式会社 人事部 給与・社会保険グループ
""",
        "attachments": [
            {"kind": "zip", "name": "被扶養者再確認_様式一式.zip", "files": [
                {"kind": "pdf", "name": "01_記入要領.pdf",
                 "lines": ["被扶養者資格再確認 記入要領", "1. 別紙の調書に扶養家族全員を記入してください。",
                           "2. 収入を証明する書類（課税証明書等）を添付してください。", "社内提出期限：9月26日（金）人事部 給与・社会保険グループ"]},
                {"kind": "xlsx", "name": "02_調書（様式）.xlsx", "sheets": {"調書": [
                    ["被扶養者資格再確認調書"], ["被保険者氏名", ""], ["被扶養者氏名", "続柄", "生年月日", "年収見込", "同居/別居"],
                    ["", "", "", "", ""], ["", "", "", "", ""]]}},
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank forms and instructions in an unencrypted ZIP; no personal data",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "shindansho-081",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["hoken@hinode-kenpo.or.jp"],
        "subject": "保健事業連絡会 事例発表スライド",
        "body": """健康保険組合 保健事業課
石動様

お世話になっております。三隅です。
11月の保健事業連絡会で発表する事例のスライドをお送りします。
事例は年代・部署をぼかし、個人が特定できないよう加工しています（本人の了承も得ています）。

三隅
""",
        "attachments": [
            {"kind": "pptx", "name": "連絡会_事例発表_日の出産業.pptx", "page_footer": "日の出産業株式会社 健康管理室",
             "slides": [
                 ["重症化予防の取組み事例", "日の出産業株式会社 健康管理室"],
                 ["事例：40代 男性 現業系", "定期健診で血糖値の高値が3年連続", "保健師面談→受診勧奨→治療開始",
                  "1年後 HbA1c 8.9 → 6.8"],
                 ["取組みのポイント", "就業時間内の受診を認める運用", "上長を通さず本人へ直接通知", "健保組合の受診勧奨通知と連動"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an anonymised case study (age band, job type, values) that identifies no one",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "shindansho-082",
        "charset": "cp932",
        "sender": "芦刈 俊介 <ashikari@logi.hinode-sangyo.co.jp>",
        "to": ["imaizumi@staff-union.co.jp"],
        "subject": "御手洗さんの今週のお休みについて",
        "body": """今泉様

お世話になっております。日の出産業 物流センターの芦刈です。
派遣スタッフの御手洗 一輝さんですが、今朝ご本人から連絡があり、
体調不良で受診したところ医師から今週いっぱいの自宅療養を指示されたとのことです。
今週（〜10/24）はお休みとし、来週月曜からの出勤予定で承知しました。

代替要員の手配が可能かどうかだけ、本日中にお知らせいただけますと助かります。

芦刈
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "either: a named temp worker is off sick on a doctor's instruction (no diagnosis) — health-related or just attendance",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "shindansho-083",
        "charset": "iso-2022-jp",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ohtsuki@aoba-unyu.co.jp"],
        "subject": "乗務前点呼の体調確認項目（様式のすり合わせ）",
        "body": """大槻様

お世話になっております。日の出産業の伊集院です。
出向者が貴社で点呼を受ける際の体調確認項目について、弊社の様式を共有します。
貴社の点呼記録簿と項目をそろえたいので、差異があればご指摘ください。

【乗務前 体調確認項目（日の出産業 様式5号）】
・睡眠時間（前日）：6時間未満の場合は理由を記録
・体温：37.5℃以上は乗務不可
・服薬の有無：眠気を催す薬の服用時は運行管理者に申告
・自覚症状：頭痛、めまい、胸の痛み、視界の異常
・アルコール検知器：0.00mg/L であること

書式のExcelは来週お送りします。

""" + _SIG_IJUIN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank check-item template for pre-duty roll call with a partner; no person",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "shindansho-084",
        "charset": "utf-8",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ohtsuki@aoba-unyu.co.jp"],
        "subject": "出向運転者 健康診断結果（運行管理用）",
        "body": """大槻様

お世話になっております。伊集院です。
貴社の運行管理で必要とのことで、出向運転者の今年度健康診断結果（抜粋）をPDFでお送りします。

伊集院
""",
        "attachments": [
            {"kind": "pdf", "name": "出向運転者_健診結果抜粋_2025.pdf", "title": "出向運転者 健康診断結果（抜粋）",
             "lines": ["出向運転者 健康診断結果（抜粋）　2025年度", "日の出産業株式会社 総務部 車両管理グループ", ""],
             "table": [
                 ["氏名", "生年月日", "受診日", "血圧", "視力(矯正)", "所見", "判定"],
                 ["宍戸 颯太", "S56.3.1", "2025/06/10", "128/82", "0.9/0.8", "異常なし", "A"],
                 ["鰐淵 隆之", "H2.11.3", "2025/06/10", "142/96", "1.0/1.0", "糖尿病（インスリン治療中）", "要治療継続"],
                 ["栗栖 千尋", "H5.6.16", "2025/06/11", "110/70", "1.2/1.2", "貧血 軽度", "B"],
                 ["及川 昌平", "S41.2.8", "2025/06/11", "164/100", "0.7/0.7", "高血圧 未治療", "要受診"],
                 ["椎葉 翔", "H11.9.25", "2025/06/12", "118/74", "1.5/1.2", "異常なし", "A"],
                 ["水流 亘", "S50.12.12", "2025/06/12", "136/88", "0.8/0.9", "脂肪肝", "C"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: six drivers' health-check results in a PDF table, to the partner",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "shindansho-085",
        "charset": "cp932",
        "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["uketsuke@kanto-tekisei.or.jp"],
        "subject": "適性診断の受診料と請求書送付先について",
        "body": """関東運転適性センター
受付ご担当者様

お世話になっております。日の出産業の伊集院です。
来年度の予算作成のため、各診断の受診料を教えていただけますでしょうか。
（一般診断、初任診断、適齢診断、特定診断I・II）

また、請求書の送付先が10月から下記に変わりますので、登録の変更をお願いします。

　〒108-0074 東京都港区高輪4-23-6 日の出ビル7F
　日の出産業株式会社 総務部 車両管理グループ 宛
　TEL 03-5789-4452

""" + _SIG_IJUIN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "fee inquiry and a change of the company's billing address; business contact only",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "shindansho-086",
        "charset": "iso-2022-jp",
        "sender": "獅子堂 健 <shishido@osaka.hinode-sangyo.co.jp>",
        "to": ["sakai-anzen@kawasaki-denki.co.jp"],
        "subject": "構内フォークリフト運転者登録（追加1名）",
        "body": """川崎電機株式会社 堺工場
安全衛生課　森永様

お世話になっております。日の出産業 大阪支店の獅子堂です。
構内フォークリフト運転者として、下記1名の追加登録をお願いします。
貴社様式の「健康状態申告」欄についても、ご指示どおり記載しております。

　氏名　　　：能登谷 悠人（ノトヤ ユウト）
　技能講習　：フォークリフト運転技能講習 修了（2019年 大阪労働局登録教習機関）
　健康状態　：2型糖尿病でインスリン治療中。2024年に低血糖による意識消失が1回あり、
　　　　　　　以降は主治医の指導で補食を携帯。主治医意見書では運転可。

ご審査のほど、よろしくお願いいたします。

獅子堂 健
日の出産業株式会社 大阪支店 総務課
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named forklift driver's diabetes treatment and hypoglycaemic episode, to the client's safety office",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "shindansho-087",
        "charset": "utf-8",
        "sender": "獅子堂 健 <shishido@osaka.hinode-sangyo.co.jp>",
        "to": ["sakai-anzen@kawasaki-denki.co.jp"],
        "subject": "12月 入構者登録（2名）",
        "body": """森永様

お世話になっております。獅子堂です。
12月から常駐メンバーが2名入れ替わりますので、入構者登録をお願いします。
緊急連絡用に会社貸与の携帯番号を記載しています。

　1. 柊 修平　　会社携帯 080-2291-6604
　2. 比嘉 結衣　会社携帯 080-2291-6617

入構証の受け取りは12月1日 8:00に守衛所で行います。

獅子堂
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two workers with company mobile numbers for site access: under the list threshold, may warn",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "shindansho-088",
        "charset": "utf-8",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["yoyaku@seisen-kenshin.or.jp"],
        "subject": "インフルエンザ予防接種（社内集団接種）希望者名簿",
        "body": """真壁様

お世話になっております。三隅です。
11月12日・13日の社内集団接種の希望者名簿をお送りします（HTMLファイル、35名）。
予診票は当日こちらで配布します。

三隅
""",
        "attachments": [
            {"kind": "html", "name": "予防接種希望者名簿.html", "html": """<html><head><meta charset="utf-8"><title>予防接種希望者名簿</title></head>
<body><h3>2025年度 インフルエンザ予防接種 希望者名簿（本社会場）</h3>
<table border="1">
<tr><th>No</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>性別</th><th>所属</th><th>希望枠</th></tr>
<tr><td>1</td><td>槙野　浩二</td><td>マキノ　コウジ</td><td>S51.9.8</td><td>男</td><td>営業部</td><td>11/12 AM</td></tr>
<tr><td>2</td><td>蓼沼　隆之</td><td>タデヌマ　タカユキ</td><td>H6.6.4</td><td>男</td><td>営業部</td><td>11/13 PM</td></tr>
<tr><td>3</td><td>寒河江　真由</td><td>サガエ　マユ</td><td>S44.2.28</td><td>女</td><td>物流C</td><td>11/12 AM</td></tr>
<tr><td>4</td><td>宍戸　彩花</td><td>シシド　アヤカ</td><td>S37.9.22</td><td>女</td><td>本社</td><td>11/13 AM</td></tr>
<tr><td>5</td><td>真栄田　陽菜</td><td>マエダ　ヒナ</td><td>S44.5.2</td><td>女</td><td>本社</td><td>11/12 AM</td></tr>
<tr><td>6</td><td>門脇　亘</td><td>カドワキ　ワタル</td><td>S48.2.22</td><td>男</td><td>営業部</td><td>11/12 PM</td></tr>
<tr><td>7</td><td>杠　浩二</td><td>ユズリハ　コウジ</td><td>S48.9.8</td><td>男</td><td>本社</td><td>11/12 PM</td></tr>
<tr><td>8</td><td>廿日出　稔</td><td>ハツカデ　ミノル</td><td>H3.3.14</td><td>男</td><td>本社</td><td>11/13 PM</td></tr>
<tr><td>9</td><td>柊　修平</td><td>ヒイラギ　シュウヘイ</td><td>S53.8.22</td><td>男</td><td>本社</td><td>11/12 PM</td></tr>
<tr><td>10</td><td>仲宗根　由紀</td><td>ナカソネ　ユキ</td><td>S51.10.2</td><td>女</td><td>営業部</td><td>11/12 AM</td></tr>
<tr><td>11</td><td>一ノ瀬　美咲</td><td>イチノセ　ミサキ</td><td>S38.2.15</td><td>女</td><td>営業部</td><td>11/13 AM</td></tr>
<tr><td>12</td><td>帯刀　瑞穂</td><td>タテワキ　ミズホ</td><td>H15.6.23</td><td>女</td><td>営業部</td><td>11/12 PM</td></tr>
<tr><td>13</td><td>鰐淵　颯太</td><td>ワニブチ　ソウタ</td><td>S47.2.2</td><td>男</td><td>本社</td><td>11/13 PM</td></tr>
<tr><td>14</td><td>設楽　真由</td><td>シタラ　マユ</td><td>S59.8.23</td><td>女</td><td>本社</td><td>11/12 AM</td></tr>
<tr><td>15</td><td>古閑　真由</td><td>コガ　マユ</td><td>H11.7.27</td><td>女</td><td>本社</td><td>11/13 PM</td></tr>
<tr><td>16</td><td>百瀬　彩花</td><td>モモセ　アヤカ</td><td>H8.2.20</td><td>女</td><td>物流C</td><td>11/13 AM</td></tr>
<tr><td>17</td><td>不破　紗希</td><td>フワ　サキ</td><td>H8.6.5</td><td>女</td><td>本社</td><td>11/13 PM</td></tr>
<tr><td>18</td><td>猪狩　恵理子</td><td>イガリ　エリコ</td><td>S54.11.19</td><td>女</td><td>本社</td><td>11/12 PM</td></tr>
<tr><td>19</td><td>八重樫　恵理子</td><td>ヤエガシ　エリコ</td><td>S45.6.24</td><td>女</td><td>本社</td><td>11/13 AM</td></tr>
<tr><td>20</td><td>水流　浩二</td><td>ツル　コウジ</td><td>S39.3.13</td><td>男</td><td>物流C</td><td>11/13 PM</td></tr>
<tr><td>21</td><td>比嘉　結衣</td><td>ヒガ　ユイ</td><td>S38.12.18</td><td>女</td><td>本社</td><td>11/13 PM</td></tr>
<tr><td>22</td><td>能登谷　一輝</td><td>ノトヤ　カズキ</td><td>H10.1.14</td><td>男</td><td>営業部</td><td>11/12 PM</td></tr>
<tr><td>23</td><td>五十嵐　亘</td><td>イガラシ　ワタル</td><td>S40.8.10</td><td>男</td><td>本社</td><td>11/13 PM</td></tr>
<tr><td>24</td><td>鶴見　拓海</td><td>ツルミ　タクミ</td><td>S46.3.20</td><td>男</td><td>物流C</td><td>11/13 PM</td></tr>
<tr><td>25</td><td>樋渡　悠人</td><td>ヒワタシ　ユウト</td><td>S45.2.2</td><td>男</td><td>本社</td><td>11/12 AM</td></tr>
<tr><td>26</td><td>藤ヶ崎　さくら</td><td>フジガサキ　サクラ</td><td>S57.6.8</td><td>女</td><td>物流C</td><td>11/12 AM</td></tr>
<tr><td>27</td><td>眞鍋　隆之</td><td>マナベ　タカユキ</td><td>S61.9.28</td><td>男</td><td>営業部</td><td>11/13 PM</td></tr>
<tr><td>28</td><td>栗栖　浩二</td><td>クリス　コウジ</td><td>S46.3.7</td><td>男</td><td>本社</td><td>11/13 AM</td></tr>
<tr><td>29</td><td>御手洗　陽菜</td><td>ミタライ　ヒナ</td><td>H9.6.19</td><td>女</td><td>物流C</td><td>11/13 PM</td></tr>
<tr><td>30</td><td>東海林　奈々</td><td>ショウジ　ナナ</td><td>H3.8.26</td><td>女</td><td>本社</td><td>11/13 AM</td></tr>
<tr><td>31</td><td>砂川　さくら</td><td>スナガワ　サクラ</td><td>S63.1.19</td><td>女</td><td>物流C</td><td>11/13 PM</td></tr>
<tr><td>32</td><td>雲母　香織</td><td>キララ　カオリ</td><td>S50.6.7</td><td>女</td><td>物流C</td><td>11/13 PM</td></tr>
<tr><td>33</td><td>及川　奈々</td><td>オイカワ　ナナ</td><td>S37.7.15</td><td>女</td><td>物流C</td><td>11/12 PM</td></tr>
<tr><td>34</td><td>服部　一輝</td><td>ハットリ　カズキ</td><td>S46.11.26</td><td>男</td><td>物流C</td><td>11/12 AM</td></tr>
<tr><td>35</td><td>四十物　稔</td><td>アイモノ　ミノル</td><td>S41.4.12</td><td>男</td><td>本社</td><td>11/13 PM</td></tr>
</table></body></html>"""},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: 35 employees' names, kana and 和暦 birth dates in an HTML table attachment, to the clinic",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "shindansho-089",
        "charset": "iso-2022-jp",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["yoyaku@seisen-kenshin.or.jp"],
        "subject": "インフルエンザ予防接種の実施数について",
        "body": """真壁様

お世話になっております。三隅です。
社内集団接種の希望者数が確定しました。ワクチンの手配をお願いします。

　11月12日（水）　午前 9名／午後 10名
　11月13日（木）　午前 7名／午後 9名
　合計 35名（予備として2本多めにご用意ください）

会場は本社6F 健康相談室、受付開始は各回30分前です。

三隅
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only head counts per session; no names",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "shindansho-090",
        "charset": "cp932",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["東和健康管理協会 精密検査外来 <seimitsu@towa-kenkou.or.jp>"],
        "subject": "精密検査のご予約（心電図所見）",
        "body": """東和健康管理協会
精密検査外来　ご担当者様

お世話になっております。日の出産業 健康管理室の三隅です。
定期健診で心電図所見のあった社員について、精密検査の予約をお願いします。

　氏名：門脇 浩二（カドワキ コウジ）　昭和49年7月20日生
　所見：心房細動（健診時 心拍 112/分、自覚症状 動悸あり）
　既往：高血圧（内服中）
　希望：11月中の平日午前、ホルター心電図と心エコー

結果は本人了承のもと、健康管理室にもご送付いただけますと幸いです。

""" + _SIG_MISUMI,
        "html": """<html><body>
<p>東和健康管理協会<br>精密検査外来　ご担当者様</p>
<p>お世話になっております。日の出産業 健康管理室の三隅です。<br>
定期健診で心電図所見のあった社員について、精密検査の予約をお願いします。</p>
<ul>
<li>氏名：門脇 浩二（カドワキ コウジ）　昭和49年7月20日生</li>
<li>所見：心房細動（健診時 心拍 112/分、自覚症状 動悸あり）</li>
<li>既往：高血圧（内服中）</li>
<li>希望：11月中の平日午前、ホルター心電図と心エコー</li>
</ul>
<p>結果は本人了承のもと、健康管理室にもご送付いただけますと幸いです。</p>
<p>日の出産業株式会社 人事部 健康管理室<br>保健師　三隅 ひかり<br>TEL 03-5789-4437</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: one named employee's ECG finding and medical history (text + HTML alternative) to a clinic",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "shindansho-091",
        "charset": "utf-8",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["dantai-service@asanagi-life.co.jp"],
        "subject": "Re: 給付請求書類の再送について（証券番号 GL-0048812）",
        "body": """朝凪生命保険 団体保険サービス課
ご担当者様

お世話になっております。日の出産業の小鳥遊です。
前回お送りしたPDFが開けないとのご連絡、失礼いたしました。
複合機で再度スキャンしたものをお送りします。

小鳥遊

> 日の出産業 小鳥遊様
> お送りいただいた診断書のPDFファイルが破損しているようで開けませんでした。
> お手数ですが再送をお願いいたします。
""",
        "attachments": [
            {"kind": "corrupt", "name": "診断書_スキャン_再送.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the re-sent scanned doctor's note PDF is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "shindansho-092",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["imaizumi@staff-union.co.jp"],
        "subject": "物流センター健診会場のご案内（派遣スタッフ様向け）",
        "body": """今泉様

お世話になっております。小鳥遊です。
物流センターでの巡回健診に派遣スタッフの方も参加いただけることになりました。
会場の地図を添付しますので、対象の方へお渡しいただけますでしょうか。

　日時：11月6日（木）9:00〜12:00
　会場：物流センター 休憩棟1階（正門を入って右手）
　持ち物：健康保険証、問診票

当日受付で「スタッフ・ユニオンの派遣スタッフ」とお伝えください。

小鳥遊 美紀
""",
        "attachments": [
            {"kind": "png", "name": "会場地図_物流センター.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an event notice with a map image; no personal data",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "shindansho-093",
        "charset": "utf-8",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["健康経営コンサルティング 木暮様 <kogure@wellness-partners.co.jp>"],
        "subject": "健康経営優良法人 申請書ドラフトのご確認",
        "body": """━━━━━━━━━━━━━━━━━━━━
　部外秘　｜　人事部内および委託先限り
━━━━━━━━━━━━━━━━━━━━

ウェルネスパートナーズ株式会社
木暮様

お世話になっております。日の出産業 人事部の小鳥遊です。
健康経営優良法人2026の申請書ドラフトをお送りします。
以下は社内での検討段階の数字ですので、取扱いにご注意ください。

　・定期健診受診率：99.2%（目標100%）
　・精密検査受診率：61.4%（前年 48.0%）
　・ストレスチェック受検率：91.4%
　・喫煙率：24.8%（2027年までに20%以下を目標）
　・残業時間 月平均：18.6時間

評価項目「適切な働き方の実現」の記載が薄いとのご指摘を反映しました。

小鳥遊 美紀
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the mail itself is stamped 部外秘 at the top; content is aggregate figures only",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "shindansho-094",
        "charset": "cp932",
        "sender": "小鳥遊 美紀 <takanashi.miki@hinode-sangyo.co.jp>",
        "to": ["kogure@wellness-partners.co.jp"],
        "subject": "健康経営の取組み紹介（採用サイト掲載用）",
        "body": """木暮様

お世話になっております。小鳥遊です。
採用サイトに掲載する健康経営の紹介文ができましたのでご確認ください。
公開前提の内容ですので、そのまま外部に出していただいて問題ありません。

――――――――――――――――――
日の出産業の健康づくり
・定期健診受診率は6年連続で99%以上
・全事業所に保健師または看護職が巡回
・禁煙外来の費用を会社が全額補助（2024年度 利用者41名）
・ストレスチェックの集団分析を職場改善に活用
――――――――――――――――――

写真は来週差し替え版をお送りします。

小鳥遊
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "public-facing text with aggregate figures; no marking, no personal data",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "shindansho-095",
        "charset": "iso-2022-jp",
        "sender": "獅子堂 健 <shishido@osaka.hinode-sangyo.co.jp>",
        "to": ["はのけんこう巡回歯科 予約係 <yoyaku@hanokenkou.jp>"],
        "subject": "大阪支店 巡回歯科健診の受診者一覧",
        "body": """はのけんこう巡回歯科
予約係　ご担当者様

お世話になっております。日の出産業 大阪支店の獅子堂です。
12月3日の巡回歯科健診、大阪支店の受診者一覧です（タブ区切りで貼り付けています）。
当日急な欠席がある場合は、各自の携帯から直接連絡させます。

受付時間	氏名	フリガナ	年齢	携帯
9:00	古閑 大輔	コガ ダイスケ	47	090-3361-7720
9:15	帯刀 陽菜	タテワキ ヒナ	29	080-5527-1043
9:30	能登谷 悠人	ノトヤ ユウト	33	070-4418-9925
9:45	眞鍋 隆之	マナベ タカユキ	39	090-8802-3316
10:00	一ノ瀬 美咲	イチノセ ミサキ	62	080-1194-6658
10:15	仲宗根 由紀	ナカソネ ユキ	49	090-6673-2281
10:30	柊 修平	ヒイラギ シュウヘイ	47	070-3390-5147
10:45	比嘉 結衣	ヒガ ユイ	61	080-7741-0938
11:00	鰐淵 颯太	ワニブチ ソウタ	53	090-2256-8814

獅子堂 健
日の出産業株式会社 大阪支店 総務課
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: nine employees with age and personal mobile numbers, tab-separated in the body, to a dental clinic",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "shindansho-096",
        "charset": "utf-8",
        "sender": "Ken Wakabayashi <k.wakabayashi@hinode-sangyo.co.jp>",
        "to": ["Hikari Misumi <misumi.hikari@hinode-sangyo.co.jp>"],
        "cc": ["takanashi.miki@hinode-sangyo.co.jp"],
        "subject": "Kirigaya-san: return-to-work plan after dengue",
        "body": """Misumi-san,

Quick update on Kirigaya-san. He was discharged from Saigon Riverside International
Hospital on 2 October. Diagnosis on the discharge summary: dengue haemorrhagic fever,
platelets now 164,000/uL. The doctor recommends two weeks of rest before returning to
site work.

His passport (TR4820573) is with the hospital billing desk until MedAssist settles the
guarantee of payment; I'll make sure he gets it back before his visa run.

Could you prepare a return-to-work interview with Dr. Kano by video once he is back?

Thanks,
Ken
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_PASSPORT"],
        "detectors": [],
        "note": "internal only (English): an expatriate's diagnosis and passport number between colleagues",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "shindansho-097",
        "charset": "cp932",
        "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
        "to": ["kano@kano-sangyoui.jp"],
        "cc": ["renkei@minami-hosp.jp"],
        "subject": "復職判定会議の開催について（五十嵐様）",
        "body": """嘉納先生
（Cc：市立みなみ総合病院 地域医療連携室様）

お世話になっております。健康管理室の三隅です。
適応障害で休職中の五十嵐 真由さんについて、主治医の戸叶先生から
「8月1日から短時間勤務での復職可」との意見書をいただきました。

つきましては、復職判定会議を下記で開催したく、ご出席をお願いいたします。
戸叶先生にはオンラインでのご参加をお願いできないか、連携室様にご相談させてください。

　日時：7月22日（火）16:00〜17:00
　場所：本社6F 健康相談室（オンライン併用）
　出席：嘉納先生、本人、上長（総務課長）、人事労務課 竹之内、三隅

""" + _SIG_MISUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "sensitive: a named employee's diagnosis and sick leave, sent to the physician and a hospital (two external organisations)",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "shindansho-098",
        "charset": "utf-8",
        "sender": "Ken Wakabayashi <k.wakabayashi@hinode-sangyo.co.jp>",
        "to": ["cases@medassist-global.com"],
        "subject": "Re: Case HNS-0925 - discharge and final invoice",
        "body": """Dear Mr. Tran,

Thank you for handling this case so quickly. Please send the final invoice to our Tokyo
office (Global HR, attn. Ken Wakabayashi); we will settle it within 30 days.

Could you also confirm that the guarantee of payment has been released, so that the
hospital returns the documents it is holding?

Best regards,
Ken

On Fri, Oct 3, 2025 at 9:41 AM MedAssist Case Team <cases@medassist-global.com> wrote:
> Dear Mr. Wakabayashi,
>
> Mr. Shuhei Kirigaya (DOB 14/02/1984) was discharged yesterday. Final diagnosis:
> dengue haemorrhagic fever, recovered. Platelets 164,000/uL at discharge.
> The hospital bill (VND 186,400,000) has been covered under the guarantee of payment.
>
> Kind regards,
> Minh Tran, Case Manager
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the diagnosis is only in the quoted mail (\"On ... wrote:\"); new text is about the invoice",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "shindansho-099",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["hamano@towa-kenkou.or.jp"],
        "subject": "二次健診 未受診者への再勧奨のお願い",
        "body": """浜野様

お世話になっております。日の出産業の鬼塚です。
二次健診の未受診者について、貴協会から直接再勧奨の案内を出していただく件、
保健師がまとめた社内メールをそのまま添付いたします。対象はその10名です。

鬼塚
""",
        "attachments": [
            {"kind": "eml", "name": "二次健診未受診者（12月時点）.eml", "message": {
                "charset": "iso-2022-jp",
                "sender": "三隅 ひかり <misumi.hikari@hinode-sangyo.co.jp>",
                "to": ["鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>"],
                "subject": "二次健診 未受診者（12月時点）",
                "body": """鬼塚さん

12月1日時点で二次健診が未受診の方です。東和さんからの再勧奨をお願いしたいです。

・榊原 隆之（製造一課）　血圧 172/108
・不破 香織（経理課）　HbA1c 8.1
・日下部 亘（営業二部）　ALT 142／γ-GTP 310
・比嘉 昌平（製造二課）　血圧 186/112
・椎葉 紗希（品質保証）　Hb 8.4 貧血
・猪狩 一輝（物流C）　空腹時血糖 168、尿糖3+
・水流 麻衣（人事部）　LDL 212
・鶴見 大輔（営業一部）　便潜血 陽性
・杠 千尋（経理課）　乳腺エコー 要精査
・服部 健吾（製造二課）　胸部X線 要精査

三隅
""",
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: an attached internal mail (.eml) naming ten employees with abnormal results, sent to the clinic",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "shindansho-100",
        "charset": "utf-8",
        "sender": "鬼塚 涼子 <r-onizuka@hinode-sangyo.co.jp>",
        "to": ["eigyo@seisen-kenshin.or.jp"],
        "subject": "発注書送付：雇入時健康診断（2026年4月入社分）",
        "body": """せいせんクリニック健診センター
営業部　真壁様

お世話になっております。日の出産業の鬼塚です。
2026年4月入社分の雇入時健康診断について、発注書をお送りします。
受診者の氏名は、確定後に予約フォームから個別に登録いたします。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 総務部 安全衛生チーム
鬼塚 涼子
""",
        "attachments": [
            {"kind": "pdf", "name": "発注書_HS-PO-2601-0033.pdf", "title": "発注書",
             "lines": ["発　注　書", "発注番号：HS-PO-2601-0033　　発注日：2026年1月15日",
                       "せいせんクリニック健診センター 御中", "",
                       "日の出産業株式会社　〒108-0074 東京都港区高輪4-23-6　TEL 03-5789-4410",
                       "登録番号：T2010405018832", ""],
             "table": [["品目", "数量", "単価", "金額"],
                       ["雇入時健康診断（法定項目）", "32名", "8,800円", "281,600円"],
                       ["オプション：血液検査追加", "32名", "2,200円", "70,400円"],
                       ["小計", "", "", "352,000円"], ["消費税（10%）", "", "", "35,200円"], ["合計", "", "", "387,200円"]]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a purchase order PDF with the company's T-number, counts and prices; no person's data",
    },
]
