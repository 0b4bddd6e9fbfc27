"""Blind evaluation corpus, area *jinzaishokai*: mid-career hiring through recruitment agencies at 日の出産業株式会社 — what the HR recruiting team (人事部 採用グループ), 労務 and 経理 send to agencies, candidates, referees, reference-check and background-check firms, 社労士・行政書士, hotels, clinics and banks: interview schedules, CVs, reference checks, offer letters, rejections, onboarding paperwork and agency fee invoices, with the ordinary mail that must go and near misses. Written blind from BRIEF.md (and the names in SPEC.md), without reading mailguard's code or the other corpus files."""

from build import card_number, my_number

SEED = 55001

SIG_SAEKI = """
──────────────────────────
日の出産業株式会社
人事部 採用グループ
佐伯 真琴（さえき まこと）
〒103-0027 東京都中央区日本橋3-8-14 日の出ビル5F
TEL: 03-5202-7781 / FAX: 03-5202-7790
E-mail: m.saeki@hinode-sangyo.co.jp
──────────────────────────"""

SIG_OKOCHI = """
--
日の出産業株式会社 人事部 採用グループ
大河内 亮（Ryo Okochi）
TEL 03-5202-7783（直通） 携帯 080-4417-2290
r.okochi@hinode-sangyo.co.jp"""

SIG_MITSUYA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 人事企画課　三ツ矢 加奈子
〒１０３－００２７ 東京都中央区日本橋三丁目８番１４号
ＴＥＬ：０３－５２０２－７７８５　ＦＡＸ：０３－５２０２－７７９０
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_TOBA = """
Masaomi Toba
Director, Human Resources
Hinode Sangyo Co., Ltd.
3-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5202-7700"""

SIG_CHIBA = """
日の出産業株式会社 経理部 支払担当
千葉 由香里
TEL 03-5202-7760  FAX 03-5202-7769"""

SIG_KUDO = """
====================================
日の出産業株式会社 人事部 労務グループ
工藤 悠斗 / Yuto Kudo
TEL:03-5202-7788 Mail:y.kudo@hinode-sangyo.co.jp
===================================="""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES = [
# ---------------------------------------------------------------- 001-020
{
    "id": "jinzaishokai-001",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 森下様 <morishita@career-bridge.co.jp>"],
    "subject": "【面接日程確定】生産技術エンジニア 一次面接（松ヶ谷様）",
    "body": """キャリアブリッジ株式会社
森下様

いつもお世話になっております。日の出産業の佐伯でございます。

先日ご推薦いただきました松ヶ谷様の一次面接につきまして、
下記の日程で確定させていただきたく存じます。

　日時：11月14日（木）14:00～15:00
　場所：弊社本社 5階 第2会議室（日本橋駅 B6出口より徒歩3分）
　面接官：生産技術部 課長 石動、人事部 佐伯
　持ち物：特にございません（職務経歴書は事前に頂戴したもので結構です）

当日は1階受付にて「人事部 佐伯と面接」とお申し付けいただくよう、
松ヶ谷様へお伝えいただけますと幸いです。

引き続きよろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "interview slot for one candidate named only, sent to the agency that introduced him: ordinary recruiting mail",
},
{
    "id": "jinzaishokai-002",
    "charset": "cp932",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "12/3 会議室「桔梗の間」ご来館者リストの件",
    "body": """さくらホテル 宴会予約課
ご担当者様

いつも大変お世話になっております。日の出産業 人事部の大河内です。

12月3日（火）にお借りする桔梗の間の件、当日はキャリア採用の
最終面接でお使いいたします。受付でのお名前確認用に、ご来館予定の
方々のリストをお送りいたします。遅れる方からホテル様へお電話が
入る場合もございますので、携帯番号も併記しております。

氏名	フリガナ	携帯電話	来館予定
四十物 圭	アイモノ ケイ	090-3318-7742	9:40
漆原 瑞穂	ウルシバラ ミズホ	080-2265-0193	10:40
羽賀 慎之介	ハガ シンノスケ	070-4481-9356	11:40
東海林 雅人	ショウジ マサト	090-8807-1264	13:10
仁科 美鈴	ニシナ ミスズ	080-6142-3380	14:10
勅使河原 遥	テシガワラ ハルカ	090-2950-6617	15:10
九十九 陽介	ツクモ ヨウスケ	070-1739-5028	16:10

お手数をおかけしますが、ご対応のほどよろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven candidates' names with their mobile numbers, tab-separated, sent to the hotel: a list of people",
},
{
    "id": "jinzaishokai-003",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@next-stage-agent.jp>"],
    "subject": "求人票送付：品質保証部 課長候補（埼玉工場）",
    "body": """株式会社ネクストステージ
小野寺様

お世話になっております。日の出産業の三ツ矢です。
先日のお打ち合わせでお話しした品質保証部 課長候補の求人票を添付いたします。
年収レンジは上限を少し引き上げております。ご推薦をお待ちしております。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "docx", "name": "求人票_品質保証課長候補_2024.docx",
         "title": "求人票 品質保証部 課長候補",
         "paragraphs": [
             "求人票",
             "日の出産業株式会社　品質保証部　課長候補",
             "【仕事内容】樹脂成形部品の品質保証業務の統括（顧客監査対応、工程監査、不具合解析、ISO9001／IATF16949の維持）。部下8名のマネジメント。",
             "【必須要件】製造業での品質保証経験7年以上、マネジメント経験",
             "【歓迎要件】自動車部品業界での経験、英語での顧客対応",
             "【勤務地】埼玉工場（埼玉県加須市）　転勤なし",
             "【年収】700万円～920万円（経験・能力を考慮のうえ決定）",
             "【選考】書類選考 → 一次面接（部長）→ 適性検査 → 最終面接（取締役）",
         ],
         "tables": [[["項目", "内容"], ["勤務時間", "8:30～17:30（休憩60分）"],
                     ["休日", "土日祝、年末年始、夏季（年間休日122日）"],
                     ["福利厚生", "社宅制度、退職金、財形、持株会"],
                     ["募集人数", "1名"]]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a job description (求人票) sent to an agency: business content, no personal data",
},
{
    "id": "jinzaishokai-004",
    "charset": "iso-2022-jp",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["柏木社会保険労務士事務所 <office@kashiwagi-sr.jp>"],
    "subject": "12月1日入社者 資格取得手続きのお願い（1名）",
    "body": """柏木社会保険労務士事務所
柏木先生

いつもお世話になっております。日の出産業 労務グループの工藤です。

12月1日付で中途入社する社員1名につき、健康保険・厚生年金の
資格取得届の作成をお願いいたします。

　氏名　　　：蔦谷 浩一郎（ツタヤ コウイチロウ）
　生年月日　：昭和62年7月19日
　住所　　　：〒330-0063 埼玉県さいたま市浦和区高砂2-14-9 ラフォーレ高砂305
　個人番号　：""" + my_number(SEED + 1) + """
　基礎年金番号：4417-203958
　報酬月額　：410,000円（通勤手当 18,600円を含む）

扶養家族はおりません。ご不明点がございましたらご連絡ください。
""" + SIG_KUDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a new hire's My Number and basic pension number sent to the outside labour consultant",
},
{
    "id": "jinzaishokai-005",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["morishita@career-bridge.co.jp", "onodera@next-stage-agent.jp",
           "k.hamada@jobark.co.jp", "recruit@takumi-career.com"],
    "subject": "【求人のご案内】設備保全スタッフ（埼玉工場）募集開始のお知らせ",
    "body": """人材紹介会社 ご担当者各位

平素より大変お世話になっております。
日の出産業株式会社 人事部の佐伯でございます。

このたび埼玉工場にて、設備保全スタッフ（2名）の募集を開始いたしました。
主な要件は以下のとおりです。

・機械保全または電気保全の実務経験3年以上
・シーケンス制御（三菱PLC）の基礎知識
・交替勤務（2交替）が可能な方
・想定年収：450万円～600万円

求人票の詳細は別途お送りいたします。
該当される方がいらっしゃいましたら、ぜひご推薦ください。

何卒よろしくお願い申し上げます。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four competing agencies in To can see each other's addresses: should have been Bcc",
},
{
    "id": "jinzaishokai-006",
    "charset": "utf-8",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "subject": "Re: 経理スタッフ ご推薦候補者のご連絡",
    "body": """濱田様

お世話になっております。大河内です。
早速のご推薦ありがとうございます。

拝見したうち、2番目の漆原様と4番目の羽賀様の書類を
ぜひ詳しく拝見したく存じます。職務経歴書をお送りいただけますでしょうか。
他の方は今回は見送らせていただきます。

よろしくお願いいたします。
""" + SIG_OKOCHI + """

> 日の出産業株式会社
> 大河内様
>
> いつもお世話になっております。ジョブアークの濱田です。
> 経理スタッフのポジションにつき、下記5名をご推薦いたします。
>
> No 氏名         年齢 現職                     現年収  連絡先
> -- ------------ ---- ------------------------ ------- -------------
> 1  鬼頭 隆之     41  食品メーカー 経理課長     720万  090-7713-4420
> 2  漆原 瑞穂     34  商社 経理部              540万  080-2265-0193
> 3  百目鬼 亮     29  監査法人 スタッフ        480万  070-3391-8855
> 4  羽賀 慎之介   37  物流会社 財務課          610万  070-4481-9356
> 5  小鳥遊 菜月   31  IT企業 経理              500万  090-1148-2736
>
> ご検討のほどよろしくお願いいたします。
> --
> 株式会社ジョブアーク 濱田 健司
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-candidate list is only quoted from the agency's own mail; the new text names two people without data",
},
{
    "id": "jinzaishokai-007",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["森下様 <morishita@career-bridge.co.jp>"],
    "subject": "FW: 【リファレンスチェック結果】鬼頭 隆之様",
    "body": """森下様

お世話になっております。三ツ矢です。
鬼頭様のリファレンスチェック結果が届きましたので転送いたします。
休職の件、面接ではお話がなかったため、ご本人に状況をご確認いただけますでしょうか。

-----Forwarded Message-----
差出人: バックチェック・ジャパン 調査部 <report@backcheck-japan.jp>
宛先: 三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>
件名: 【リファレンスチェック結果】鬼頭 隆之様

日の出産業株式会社 三ツ矢様

ご依頼いただいたリファレンスチェックの結果をご報告いたします。

対象者：鬼頭 隆之 様（応募職種：経理課長）
推薦者1：前職上司（財務部長）
推薦者2：前職同僚（経理課 主任）

■勤務態度：真面目で責任感が強く、決算業務の取りまとめに定評があった。
■留意事項：2019年秋にうつ病の診断を受け、約6か月間休職。復職後は
　時短勤務を経てフルタイムに戻り、以降は問題なく勤務していたとのこと。
■総合所見：業務遂行能力は高いが、繁忙期の業務量には配慮が望ましい。

株式会社バックチェック・ジャパン 調査部
""" + SIG_MITSUYA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a forwarded reference report stating a named candidate's depression and sick leave goes to the agency: medical history",
},
{
    "id": "jinzaishokai-008",
    "charset": "cp932",
    "sender": "千葉 由香里 <y.chiba@hinode-sangyo.co.jp>",
    "to": ["株式会社匠キャリア 経理ご担当 <keiri@takumi-career.com>"],
    "subject": "お支払予定のご案内（請求書No. TC-2024-1187）",
    "body": """株式会社匠キャリア
経理ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の千葉でございます。

下記ご請求につき、お支払予定をご案内いたします。

　請求書番号　：TC-2024-1187
　件名　　　　：人材紹介手数料（10月入社 1名分）
　ご請求金額　：2,940,000円（税込）
　登録番号　　：T6315570958512
　お支払予定日：2024年12月27日（金）
　お支払方法　：銀行振込（振込手数料は弊社負担）

ご確認のほど、よろしくお願いいたします。
""" + SIG_CHIBA + DISCLAIMER_JA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a payment notice for an agency fee invoice: invoice number, amount and the agency's T-number, no person's data",
},
{
    "id": "jinzaishokai-009",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["大河内 亮 <r.okochi@hinode-sangyou.co.jp>"],
    "subject": "明日の一次面接 候補者情報（柚木様）",
    "body": """大河内さん

お疲れさまです。佐伯です。
明日15時の一次面接、私が急きょ出られなくなったので代わりにお願いします。
候補者の情報を貼っておきます。

　氏名：柚木 紗英（ユノキ サエ）
　生年月日：1990年3月8日
　携帯：080-5526-4017
　メール：sae.yunoki.0308@gmail.com
　応募職種：購買担当（紹介元：キャリアブリッジ 森下様）
　現職：電子部品メーカー 資材部（在籍7年）

経歴書は共有フォルダの「2024下期/購買」に入れています。
よろしくお願いします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
},
{
    "id": "jinzaishokai-010",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@next-stage-agent.jp>"],
    "subject": "オファー金額のご相談にあたっての資料",
    "body": """小野寺様

お世話になっております。三ツ矢です。
先日お電話でご相談した件、弊社の等級別レンジがわかる資料をお送りします。
候補者様への提示額の感触をいただければ幸いです。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "xlsx", "name": "等級別給与レンジ_2025.xlsx",
         "title": "等級別給与レンジ", "page_header": "社外秘",
         "sheets": {
             "レンジ": [["【社外秘】2025年度 等級別給与レンジ（人事部作成）"], [],
                      ["等級", "役職目安", "月額下限", "月額上限", "賞与（月数）", "想定年収下限", "想定年収上限"],
                      ["G3", "担当", 260000, 330000, 4.5, 4290000, 5445000],
                      ["G4", "主任", 320000, 390000, 4.8, 5376000, 6552000],
                      ["G5", "係長", 370000, 450000, 5.0, 6290000, 7650000],
                      ["M1", "課長", 470000, 560000, 5.2, 8084000, 9632000],
                      ["M2", "次長", 540000, 640000, 5.2, 9288000, 11008000]],
             "注記": [["・賞与は直近3年の平均支給月数"], ["・残業代はG5以下のみ支給"]],
         }},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the salary-band workbook carries a 社外秘 page header and title row and goes to an agency",
},
{
    "id": "jinzaishokai-011",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["森下様 <morishita@career-bridge.co.jp>"],
    "subject": "最終面接 評価シートの送付",
    "body": """森下様

お世話になっております。佐伯です。
先日の最終面接の評価シートをお送りいたします。
パスワードは別メールにてお送りいたします。

※本メールは送信専用ではございません。ご不明点はご返信ください。
""" + SIG_SAEKI,
    "attachments": [
        {"kind": "zip", "name": "最終面接評価_20241122.zip", "password": "Hn7#kq2024",
         "files": [{"kind": "docx", "name": "評価シート_松ヶ谷.docx",
                    "paragraphs": ["最終面接 評価シート", "候補者：松ヶ谷 拓真",
                                   "総合評価：B+（採用）", "所見：設備導入の経験が豊富。"]}]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an agency: its content cannot be inspected",
},
{
    "id": "jinzaishokai-012",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["森下様 <morishita@career-bridge.co.jp>"],
    "subject": "パスワードのご連絡（最終面接 評価シートの送付）",
    "body": """森下様

先ほどお送りした添付ファイルのパスワードをお知らせいたします。

　パスワード：Hn7#kq2024

よろしくお願いいたします。

日の出産業 人事部 佐伯
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up mail with a ZIP password only: nothing personal, no attachment",
},
{
    "id": "jinzaishokai-013",
    "charset": "utf-8",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["ブリッジ・ラーニング 研修運営部 <unei@bridge-learning.co.jp>"],
    "subject": "1月度 中途入社者フォロー研修 受講者名簿",
    "body": """株式会社ブリッジ・ラーニング
研修運営部 ご担当者様

お世話になっております。日の出産業の大河内です。
1月16日・17日の中途入社者フォロー研修の受講者名簿を添付します。
事前課題のご案内は、各自の連絡先へ直接お送りいただいて構いません。
""" + SIG_OKOCHI,
    "attachments": [
        {"kind": "xlsx", "name": "受講者名簿_中途フォロー研修_202501.xlsx",
         "sheets": {
             "受講者一覧": [
                 ["中途入社者フォロー研修（2025年1月16日・17日）受講者一覧"],
                 ["No", "氏名", "フリガナ", "入社日", "配属", "携帯電話", "連絡用メール"],
                 [1, "松ヶ谷 拓真", "マツガヤ タクマ", "2024/10/1", "生産技術部", "090-6628-1407", "t.matsugaya@gmail.com"],
                 [2, "蔦谷 浩一郎", "ツタヤ コウイチロウ", "2024/12/1", "経理部", "080-3392-5561", "tsutaya.k@yahoo.co.jp"],
                 [3, "柚木 紗英", "ユノキ サエ", "2024/11/1", "購買部", "080-5526-4017", "sae.yunoki.0308@gmail.com"],
                 [4, "五十嵐 航", "イガラシ ワタル", "2024/10/1", "品質保証部", "070-2218-9043", "w-igarashi@outlook.jp"],
                 [5, "薬師寺 健吾", "ヤクシジ ケンゴ", "2024/11/1", "設備保全課", "090-4471-3385", "yakushiji.kengo@icloud.com"],
                 [6, "仁科 美鈴", "ニシナ ミスズ", "2024/12/1", "総務部", "080-6142-3380", "misuzu.n@gmail.com"],
                 [7, "東海林 雅人", "ショウジ マサト", "2024/10/1", "営業部", "090-8807-1264", "shoji.masato@docomo.ne.jp"],
                 [8, "小鳥遊 菜月", "タカナシ ナツキ", "2024/11/1", "経理部", "090-1148-2736", "natsuki.t@yahoo.co.jp"],
                 [9, "百目鬼 亮", "ドウメキ リョウ", "2024/12/1", "情報システム部", "070-3391-8855", "r.domeki@gmail.com"],
             ],
             "日程": [["日付", "時間", "内容"], ["1/16", "9:30-17:30", "振り返りワーク・キャリア面談"],
                    ["1/17", "9:30-16:00", "社内ネットワーキング"]],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "nine new hires' names, mobile numbers and private e-mail in an XLSX to the training company: a list of people",
},
{
    "id": "jinzaishokai-014",
    "charset": "cp932",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "subject": "Re: 小鳥遊様 二次面接の日程変更について",
    "body": """濱田様

お世話になっております。佐伯です。
ご連絡ありがとうございます。

小鳥遊様、体調を崩されて医師から1週間ほど安静にするよう言われたとのこと、
承知いたしました。どうぞご無理のないようお伝えください。
二次面接は下記いずれかに変更可能です。

　・12月9日（月）10:00～
　・12月11日（水）16:00～

ご本人のご体調が戻られてからで結構ですので、ご希望をお知らせください。
""" + SIG_SAEKI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a named candidate fell ill and is on doctor's rest: a vague health remark, arguably not medical history",
},
{
    "id": "jinzaishokai-015",
    "charset": "utf-8",
    "sender": "Masaomi Toba <m.toba@hinode-sangyo.co.jp>",
    "to": ["Sarah Whitfield <s.whitfield@exelink.co.jp>"],
    "subject": "Final interview logistics - Mr. Kreutzer",
    "body": """Dear Sarah,

Thank you for arranging the final interview with Mr. Kreutzer.
We confirm the following:

  Date:        Thursday, 5 December
  Time:        10:00-11:30 JST (17:00-18:30 in Munich the day before is not needed; he will be in Tokyo)
  Place:       Our head office, 5F Board Room
  Interviewers: Kenji Arakawa (President), myself, and Aiko Sumida (CFO)

Could you let him know that an interpreter will be available but the
conversation will mostly be in English. We will cover his taxi from the hotel.

Best regards,
""" + SIG_TOBA + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English interview logistics for one candidate named only: ordinary mail to the search firm",
},
{
    "id": "jinzaishokai-016",
    "charset": "iso-2022-jp",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["匠キャリア 坂東様 <bando@takumi-career.com>"],
    "subject": "薬師寺様 入社前健康診断の結果について",
    "body": """株式会社匠キャリア
坂東様

いつもお世話になっております。日の出産業 労務グループの工藤です。

11月入社予定の薬師寺 健吾様につき、入社前健康診断の結果が届きました。
下記の項目で所見があり、産業医から精密検査の受診を勧められております。

　・血圧：168／102 mmHg（要精密検査）
　・肝機能：γ-GTP 214 IU/L（要再検査）
　・既往歴欄：高血圧症（2022年～服薬中）と記載

入社自体に影響するものではございませんが、入社日までに精密検査を
受けていただけるよう、坂東様からご本人へお伝えいただけますでしょうか。
""" + SIG_KUDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named hire's health-check results and medical history sent to the agency: 要配慮個人情報 of one person",
},
{
    "id": "jinzaishokai-017",
    "charset": "utf-8",
    "sender": "日の出産業 採用チーム <saiyo@hinode-sangyo.co.jp>",
    "to": ["saiyo@hinode-sangyo.co.jp"],
    "bcc": ["t.kirishima.1986@gmail.com", "minami_aoi@yahoo.co.jp", "ren.hoshikawa@icloud.com",
            "k-shigemori@outlook.jp", "yuki.ashina@gmail.com", "daichi.m77@ezweb.ne.jp"],
    "subject": "【日の出産業】オンライン会社説明会（12/10）のご案内",
    "body": """皆さま

このたびは日の出産業株式会社のキャリア採用にご関心をお寄せいただき、
誠にありがとうございます。

下記のとおりオンライン会社説明会を開催いたします。

　日時：12月10日（火）19:00～20:00
　形式：Zoom（URLは前日にお送りします）
　内容：事業紹介／職種別の仕事紹介／社員との質疑応答

参加をご希望の方は、12月6日（金）までに本メールへご返信ください。

日の出産業株式会社 人事部 採用チーム
TEL 03-5202-7781
""",
    "html": """<html><body>
<p>皆さま</p>
<p>このたびは日の出産業株式会社のキャリア採用にご関心をお寄せいただき、誠にありがとうございます。</p>
<p>下記のとおりオンライン会社説明会を開催いたします。</p>
<table border="1" cellpadding="4">
<tr><th>日時</th><td>12月10日（火）19:00～20:00</td></tr>
<tr><th>形式</th><td>Zoom（URLは前日にお送りします）</td></tr>
<tr><th>内容</th><td>事業紹介／職種別の仕事紹介／社員との質疑応答</td></tr>
</table>
<p>参加をご希望の方は、12月6日（金）までに本メールへご返信ください。</p>
<p>日の出産業株式会社 人事部 採用チーム<br>TEL 03-5202-7781</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "an invitation to six private candidates correctly sent in Bcc: nobody sees the others",
},
{
    "id": "jinzaishokai-018",
    "charset": "cp932",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@next-stage-agent.jp>"],
    "subject": "FW: 経理スタッフ ご推薦候補者のご連絡",
    "body": """小野寺様

お世話になっております。大河内です。
重複推薦の確認のため、他社様から既にご推薦いただいている方々のメールを
そのまま添付いたします。御社でご検討中の方と重なっていないかご確認ください。
""" + SIG_OKOCHI,
    "attachments": [
        {"kind": "eml", "name": "経理スタッフ ご推薦候補者のご連絡.eml",
         "message": {
             "charset": "iso-2022-jp",
             "sender": "濱田 健司 <k.hamada@jobark.co.jp>",
             "to": ["大河内 亮 <r.okochi@hinode-sangyo.co.jp>"],
             "subject": "経理スタッフ ご推薦候補者のご連絡",
             "body": """日の出産業株式会社
大河内様

いつもお世話になっております。ジョブアークの濱田です。
経理スタッフのポジションにつき、下記5名をご推薦いたします。

■鬼頭 隆之（41歳）食品メーカー 経理課長
　TEL 090-7713-4420　MAIL kito.takayuki@gmail.com
■漆原 瑞穂（34歳）商社 経理部
　TEL 080-2265-0193　MAIL mizuho.u@yahoo.co.jp
■百目鬼 亮（29歳）監査法人 スタッフ
　TEL 070-3391-8855　MAIL r.domeki@gmail.com
■羽賀 慎之介（37歳）物流会社 財務課
　TEL 070-4481-9356　MAIL haga-s@outlook.jp
■小鳥遊 菜月（31歳）IT企業 経理
　TEL 090-1148-2736　MAIL natsuki.t@yahoo.co.jp

ご検討のほどよろしくお願いいたします。
--
株式会社ジョブアーク 濱田 健司
""",
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one agency's mail with five candidates' phones and e-mail forwarded as an attachment to a competing agency: a list",
},
{
    "id": "jinzaishokai-019",
    "charset": "iso-2022-jp",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "宿泊予約（12/4 シングル1室）と保証用カードのご連絡",
    "body": """さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の大河内です。
最終面接のため遠方から来社される方の宿泊を1泊お願いいたします。

　宿泊日：12月4日（水）1泊　シングル禁煙
　宿泊者：東海林様（チェックインは20時頃の予定）
　精算：法人精算（請求書払い）

ご予約の保証として、法人カードの情報をお知らせいたします。

　カード番号：""" + card_number(SEED + 101) + """
　有効期限：08/27
　名義：HINODE SANGYO CO LTD

よろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number in the body to a hotel: any card number must stop",
},
{
    "id": "jinzaishokai-020",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["エグゼクティブ・リンク 法務ご担当 <legal@exelink.co.jp>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "body": """エグゼクティブ・リンク株式会社
法務ご担当者様

お世話になっております。日の出産業 人事企画課の三ツ矢です。

次期経営幹部のサーチをご依頼するにあたり、弊社の事業計画等を
お伝えすることになるため、先に秘密保持契約を締結させていただきたく、
弊社ひな形の案を添付いたします。

第3条（秘密情報の範囲）と第9条（有効期間）について、御社のご意見を
お聞かせいただけますと幸いです。
""" + SIG_MITSUYA + DISCLAIMER_JA,
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書_案_エグゼクティブリンク.docx",
         "title": "秘密保持契約書（案）",
         "paragraphs": [
             "秘密保持契約書（案）",
             "日の出産業株式会社（以下「甲」という。）とエグゼクティブ・リンク株式会社（以下「乙」という。）は、甲が乙に委託する人材紹介業務に関し、次のとおり秘密保持契約を締結する。",
             "第1条（目的）本契約は、前文の業務の遂行に際し相互に開示される秘密情報の取扱いを定めることを目的とする。",
             "第3条（秘密情報の範囲）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した技術上・営業上の情報をいう。",
             "第5条（目的外使用の禁止）受領者は、秘密情報を本業務の目的以外に使用してはならない。",
             "第9条（有効期間）本契約の有効期間は締結日から2年間とする。",
             "以上",
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the draft contract: the word 秘密 appears but nothing is marked confidential",
},
# ---------------------------------------------------------------- 021-040
{
    "id": "jinzaishokai-021",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["鳥羽 正臣 <m.toba@hinode-sangyo.jp>"],
    "cc": ["大河内 亮 <r.okochi@hinode-sangyo.co.jp>"],
    "subject": "12/3 最終面接 進行表（ご確認ください）",
    "body": """鳥羽部長

お疲れさまです。佐伯です。
12月3日の最終面接の進行表です。各回50分、間に10分の休憩を入れています。

　10:00　四十物様（生産技術）
　11:00　漆原様（経理）
　13:30　東海林様（営業）

評価シートは当日朝に机上へ置いておきます。
よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "the HR director's address is typed hinode-sangyo.jp (co. dropped): a look-alike of the own domain",
},
{
    "id": "jinzaishokai-022",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["採用パートナーズ 真柴様 <mashiba@saiyo-partners.co.jp>"],
    "subject": "キャリア採用 チャネル別実績（2024年度上期）",
    "body": """採用パートナーズ株式会社
真柴様

いつもお世話になっております。三ツ矢です。
次回定例でご相談したい、チャネル別の採用実績をお送りします。
人材紹介経由の書類通過率が下がっている点についてご意見をいただけますと幸いです。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "xlsx", "name": "チャネル別採用実績_2024上期.xlsx",
         "sheets": {
             "集計": [["キャリア採用 チャネル別実績（2024年4月～9月）"],
                    ["チャネル", "応募数", "書類通過", "一次通過", "内定", "入社", "入社単価（千円）"],
                    ["人材紹介", 412, 96, 41, 14, 11, 2850],
                    ["求人広告", 268, 55, 19, 6, 5, 740],
                    ["リファラル", 23, 15, 9, 4, 4, 300],
                    ["自社サイト", 57, 12, 5, 2, 2, 0],
                    ["合計", 760, 178, 74, 26, 22, None]],
             "職種別": [["職種", "内定", "入社"], ["生産技術", 6, 5], ["品質保証", 4, 3],
                     ["営業", 7, 6], ["管理部門", 9, 8]],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate hiring statistics by channel and job type: counts, no people",
},
{
    "id": "jinzaishokai-023",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["t.kirishima.1986@gmail.com", "minami_aoi@yahoo.co.jp", "ren.hoshikawa@icloud.com",
           "k-shigemori@outlook.jp", "daichi.m77@ezweb.ne.jp"],
    "subject": "カジュアル面談のご案内（日の出産業）",
    "body": """皆さま

日の出産業株式会社 人事部の佐伯です。
先日の転職フェアでは弊社ブースにお立ち寄りいただきありがとうございました。

ご興味をお持ちいただいた方向けに、現場社員とのカジュアル面談の枠を
ご用意しました。選考とは関係ございませんので、お気軽にご参加ください。

　日程：12月14日（土）10:00～12:00（1人30分程度）
　場所：オンライン（Google Meet）

ご希望の時間帯をご返信ください。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five private candidates in To can see each other's addresses: should have been Bcc",
},
{
    "id": "jinzaishokai-024",
    "charset": "utf-8",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["ひまわり人材センター 井筒様 <izutsu@himawari-jinzai.co.jp>"],
    "subject": "Re: 勅使河原様 職場見学の件",
    "body": """井筒様

お世話になっております。大河内です。
勅使河原 遥様の職場見学の件、社内で調整いたしました。

ご本人は身体障害者手帳2級（両下肢機能障害）をお持ちで車いすを
ご利用とのことですので、当日は以下のとおり準備いたします。

・来社は地下駐車場（車いす用区画あり）をご利用ください
・見学ルートは5階総務フロアのみ、段差のない経路でご案内します
・多目的トイレは5階東側にございます
・入社後の通院（月2回・リハビリ）の際のシフト調整も可能です

日程は12月12日（木）13:30からで問題ございません。
ご本人へお伝えいただけますと幸いです。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's disability grade and hospital visits sent to an agency: 要配慮個人情報",
},
{
    "id": "jinzaishokai-025",
    "charset": "cp932",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["真柴様 <mashiba@saiyo-partners.co.jp>"],
    "subject": "取引中の人材紹介会社一覧（エージェント整理のご相談）",
    "body": """真柴様

お世話になっております。三ツ矢です。
来期に向けてエージェントの絞り込みをご相談したく、
現在取引のある紹介会社の一覧をお送りします（代表番号・所在地は各社HPより）。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "csv", "name": "取引紹介会社一覧.csv", "encoding": "cp932",
         "rows": [["紹介会社名", "担当部署", "代表電話", "所在地", "有料職業紹介事業許可番号", "契約料率"],
                  ["キャリアブリッジ株式会社", "製造業チーム", "03-6810-2200", "東京都千代田区神田錦町2-5", "13-ユ-301847", "35%"],
                  ["株式会社ネクストステージ", "法人営業部", "03-5789-4410", "東京都渋谷区道玄坂1-12", "13-ユ-309912", "30%"],
                  ["株式会社ジョブアーク", "コンサルタント部", "03-4520-3301", "東京都新宿区西新宿6-3", "13-ユ-312260", "33%"],
                  ["株式会社匠キャリア", "技術職紹介部", "048-650-7710", "埼玉県さいたま市大宮区桜木町1-7", "11-ユ-300588", "35%"],
                  ["エグゼクティブ・リンク株式会社", "Executive Search", "03-6272-8800", "東京都港区虎ノ門4-1", "13-ユ-315504", "40%"],
                  ["株式会社ひまわり人材センター", "障がい者雇用支援部", "03-3861-0057", "東京都台東区浅草橋5-20", "13-ユ-304471", "30%"]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of agencies with switchboards, office addresses and licence numbers: businesses, not people",
},
{
    "id": "jinzaishokai-026",
    "charset": "cp932",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["清和会クリニック 健診予約 <kenshin@seiwa-clinic.or.jp>"],
    "subject": "雇入時健康診断 受診予約のお願い（6名）",
    "body": """医療法人清和会 清和会クリニック
健診予約ご担当者様

いつもお世話になっております。日の出産業 労務グループの工藤です。
1月入社予定者の雇入時健康診断につき、受診予約をお願いいたします。
受診者一覧を添付いたします（生年月日は問診票の照合用です）。
""" + SIG_KUDO,
    "attachments": [
        {"kind": "csv", "name": "雇入時健診_受診者一覧_202501.csv", "encoding": "cp932",
         "rows": [["No", "氏名", "フリガナ", "性別", "生年月日", "受診希望日", "コース"],
                  ["1", "四十物 圭", "アイモノ ケイ", "男", "S60.11.23", "12/16", "雇入時A"],
                  ["2", "漆原 瑞穂", "ウルシバラ ミズホ", "女", "H2.4.7", "12/16", "雇入時A"],
                  ["3", "羽賀 慎之介", "ハガ シンノスケ", "男", "S62.1.30", "12/17", "雇入時A"],
                  ["4", "勅使河原 遥", "テシガワラ ハルカ", "女", "H4.9.15", "12/17", "雇入時A"],
                  ["5", "九十九 陽介", "ツクモ ヨウスケ", "男", "S58.4.2", "12/18", "雇入時B"],
                  ["6", "鷹取 里沙", "タカトリ リサ", "女", "H7.12.21", "12/18", "雇入時A"]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six hires' names and dates of birth (和暦) in a CSV to the clinic: a list of people",
},
{
    "id": "jinzaishokai-027",
    "charset": "utf-8",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["四十物 圭 様 <kei.aimono@gmail.com>"],
    "subject": "内定通知書の送付について（日の出産業株式会社）",
    "body": """四十物 圭 様

日の出産業株式会社 人事部の佐伯でございます。
このたびは弊社選考にご参加いただき、誠にありがとうございました。

厳正なる選考の結果、ぜひ弊社にお迎えしたく、内定通知書（労働条件
のご案内を含む）をお送りいたします。内容をご確認のうえ、ご不明な点が
ございましたら遠慮なくご連絡ください。

内定承諾のご回答は12月20日（金）までにいただけますと幸いです。
""" + SIG_SAEKI,
    "attachments": [
        {"kind": "pdf", "name": "内定通知書_四十物様.pdf", "title": "内定通知書",
         "lines": ["2024年12月6日",
                   "〒231-0023 神奈川県横浜市中区山下町118-3 パークコート山下702",
                   "四十物 圭 様",
                   "日の出産業株式会社 代表取締役 荒川 健二",
                   "",
                   "内定通知書",
                   "このたびは弊社の採用選考にご応募いただき、誠にありがとうございました。",
                   "慎重に選考を重ねた結果、貴殿の採用を内定いたしましたので通知いたします。",
                   "",
                   "1. 入社日：2025年2月1日",
                   "2. 所属：生産技術部 生産技術課",
                   "3. 職位：G5（係長相当）",
                   "4. 年収：7,200,000円（月給430,000円、賞与年2回）",
                   "5. 勤務地：本社（東京都中央区）",
                   "6. 試用期間：3か月"]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "an offer letter with the candidate's own address and salary sent to the candidate himself: one person",
},
{
    "id": "jinzaishokai-028",
    "charset": "utf-8",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["海野行政書士事務所 <info@unno-gyosei.jp>"],
    "subject": "在留資格変更許可申請のご依頼（グエン様）",
    "body": """海野行政書士事務所
海野先生

お世話になっております。日の出産業の工藤です。
2月入社予定の外国籍社員につき、「技術・人文知識・国際業務」への
在留資格変更許可申請をお願いしたく、ご本人情報をお送りします。

　氏名　　　：NGUYEN THI HAI YEN（グエン・ティ・ハイ・イエン）
　国籍　　　：ベトナム
　生年月日　：1996年5月22日
　在留カード番号：UH48172650FK
　旅券番号　：C6183904
　現在の在留資格：留学（在留期限 2025年3月31日）
　住所　　　：東京都足立区梅田7-21-4 コーポ梅田201

雇用契約書の写しと会社概要は別途郵送いたします。
""" + SIG_KUDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a residence card number and passport number of a new hire sent to an outside administrative scrivener",
},
{
    "id": "jinzaishokai-029",
    "charset": "utf-8",
    "sender": "Masaomi Toba <m.toba@hinode-sangyo.co.jp>",
    "to": ["Sarah Whitfield <s.whitfield@exelink.co.jp>"],
    "subject": "Search brief - CFO successor",
    "body": """Dear Sarah,

As discussed, please find attached the search brief for the CFO successor role.
The NDA was signed last week, so you may share the outline (not the document)
with shortlisted candidates.

Kind regards,
""" + SIG_TOBA,
    "attachments": [
        {"kind": "pdf", "name": "CFO_search_brief.pdf", "title": "CFO successor search brief",
         "page_header": "極秘 / STRICTLY CONFIDENTIAL",
         "lines": ["次期CFO 採用計画（サーチブリーフ）",
                   "1. 背景：現CFO 住田は2026年3月末で退任予定（社内未公表）",
                   "2. 求める人物像：上場準備経験、資本政策、M&A",
                   "3. 報酬：年収2,400万円～3,000万円＋株式報酬",
                   "4. スケジュール：2025年4月までに候補者3名、6月内定",
                   "5. 社内での周知範囲：社長・人事部長のみ"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the search brief PDF is stamped 極秘 / STRICTLY CONFIDENTIAL on every page",
},
{
    "id": "jinzaishokai-030",
    "charset": "iso-2022-jp",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@next-stage-agent.jp>"],
    "subject": "書類選考結果のご連絡（生産管理ポジション）",
    "body": """株式会社ネクストステージ
小野寺様

いつもお世話になっております。日の出産業の大河内です。

ご推薦いただきました五十嵐様の書類選考につき、社内で慎重に
検討いたしましたが、今回は見送りとさせていただくことになりました。

理由としましては、今回のポジションでは量産立ち上げの経験を重視して
おり、その点で他の候補者様との比較となったためです。ご経歴は大変
魅力的でしたので、別ポジションが出た際には改めてご相談させてください。

ご本人様へよろしくお伝えください。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a rejection of one candidate, named only, with a business reason: ordinary mail to the agency",
},
{
    "id": "jinzaishokai-031",
    "charset": "utf-8",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["羽賀 慎之介 様 <shinnosuke.haga@icloud.com>"],
    "subject": "内定通知書・労働条件通知書のご送付",
    "body": """羽賀 慎之介 様

日の出産業株式会社 人事部の佐伯です。
内定通知書と労働条件通知書をPDFでお送りいたします。
ファイルにはパスワードを設定しております。パスワードは、
先日お電話でお伝えした「ご自身の携帯番号の下8桁」です。

ご確認のほどよろしくお願いいたします。
""" + SIG_SAEKI,
    "attachments": [
        {"kind": "pdf", "name": "内定通知書_労働条件通知書_羽賀様.pdf", "password": "44819356",
         "lines": ["内定通知書", "羽賀 慎之介 様", "年収 6,600,000円", "入社日 2025年1月6日"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "a password-protected PDF cannot be inspected",
},
{
    "id": "jinzaishokai-032",
    "charset": "cp932",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 日本橋支店 法人営業 <nihonbashi-hojin@midori-ginko.co.jp>"],
    "subject": "給与振込口座の追加登録について（1月入社者分）",
    "body": """みどり銀行 日本橋支店
法人営業ご担当 様

いつもお世話になっております。日の出産業の工藤です。
1月度給与から振込対象となる中途入社者の口座を、給与振込データに
追加登録いたしたく、一覧を添付いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_KUDO,
    "attachments": [
        {"kind": "xlsx", "name": "給与振込口座_追加登録_202501.xlsx",
         "sheets": {"追加分": [["給与振込口座 追加登録一覧（2025年1月支給分より）"],
                               ["社員番号", "氏名", "カナ", "銀行", "支店", "種別", "口座番号"],
                               ["H24107", "四十物 圭", "ｱｲﾓﾉ ｹｲ", "みどり銀行", "横浜支店", "普通", "3318874"],
                               ["H24108", "漆原 瑞穂", "ｳﾙｼﾊﾞﾗ ﾐｽﾞﾎ", "みどり銀行", "日本橋支店", "普通", "1052269"],
                               ["H24109", "羽賀 慎之介", "ﾊｶﾞ ｼﾝﾉｽｹ", "東西銀行", "川崎支店", "普通", "4490317"],
                               ["H24110", "勅使河原 遥", "ﾃｼｶﾞﾜﾗ ﾊﾙｶ", "みどり銀行", "浦和支店", "普通", "2806614"],
                               ["H24111", "九十九 陽介", "ﾂｸﾓ ﾖｳｽｹ", "ゆうちょ銀行", "〇一八店", "普通", "5573902"]]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "five new hires' bank accounts in an XLSX to the (partner) bank: a list of people",
},
{
    "id": "jinzaishokai-033",
    "charset": "iso-2022-jp",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["労務グループ 根来 <s.negoro@hinode-sangyo.co.jp>"],
    "subject": "12月入社者 個人番号の登録（給与システム）",
    "body": """根来さん

お疲れさまです。工藤です。
12月入社の3名分、個人番号の提出がそろいましたので、給与システムへの
登録をお願いします。登録後、このメールは削除してください。

　蔦谷 浩一郎　""" + my_number(SEED + 5) + """
　仁科 美鈴　　""" + my_number(SEED + 6) + """
　百目鬼 亮　　""" + my_number(SEED + 7) + """

番号確認書類（通知カード・マイナンバーカードの写し）は金庫に保管済みです。
""" + SIG_KUDO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers of three hires sent only to an internal colleague: all recipients internal",
},
{
    "id": "jinzaishokai-034",
    "charset": "utf-8",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業 三好様 <miyoshi@midori-ginkou.co.jp>"],
    "subject": "振込先口座の確認のお願い（漆原様分）",
    "body": """三好様

お世話になっております。日の出産業の工藤です。
先日登録をお願いした振込口座のうち、1件確認させてください。

　氏名：漆原 瑞穂（ウルシバラ ミズホ）
　支店：日本橋支店　普通　1052269

ご本人から提出された口座届と支店名が異なっている可能性があります。
お手数ですがご確認をお願いいたします。
""" + SIG_KUDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "the bank's domain is misspelled midori-ginkou.co.jp: a look-alike of the partner midori-ginko.co.jp",
},
{
    "id": "jinzaishokai-035",
    "charset": "utf-8",
    "sender": "鳥羽 正臣 <m.toba@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "内定取消の可否についてご相談（内定者1名）",
    "body": """白川先生

いつも大変お世話になっております。日の出産業 人事部長の鳥羽です。

現在内定を出している中途採用者1名について、内定取消が法的に可能か
ご相談させてください。

　対象者：百目鬼 亮（昭和63年2月14日生）
　内定日：2024年11月1日　入社予定日：2025年1月6日
　経緯：入社前の経歴確認（東和リサーチ社に委託）で、2021年に傷害の
　　　　容疑で逮捕されていた事実が判明（その後、不起訴処分）。
　　　　応募書類の賞罰欄は「なし」と記載。

不起訴の場合に経歴詐称として扱えるか、また取消をする場合の手順について
ご意見を頂戴できれば幸いです。来週中にお時間をいただけますでしょうか。

日の出産業株式会社 人事部長 鳥羽 正臣
TEL 03-5202-7700（代表）
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's arrest record goes to the (partner) law firm: criminal record is 要配慮 even to a lawyer",
},
{
    "id": "jinzaishokai-036",
    "charset": "iso-2022-jp",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["バックチェック・ジャパン 受付 <order@backcheck-japan.jp>"],
    "subject": "リファレンスチェックのご依頼（1名）",
    "body": """株式会社バックチェック・ジャパン
ご担当者様

お世話になっております。日の出産業の三ツ矢です。
下記1名のリファレンスチェックをお願いいたします。ご本人の同意は取得済みです。

【対象者】
　氏名：鷹取 里沙　／　連絡先：risa.takatori@gmail.com

【推薦者1】
　氏名：久我山 修（前職の上司・営業部長）
　電話：090-2718-6634
　メール：kugayama.o@lumina-trading.co.jp

【推薦者2】
　氏名：芦名 由貴（前職の同僚）
　電話：080-9941-2075

結果は12月13日（金）までにいただけますと助かります。
""" + SIG_MITSUYA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a candidate and two referees with contacts (three people) to the reference-check vendor: under five, may warn",
},
{
    "id": "jinzaishokai-037",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["鷹取 里沙 様 <risa.takatori@gmail.com>"],
    "cc": ["久我山 修 様 <kugayama.o@lumina-trading.co.jp>", "森下様 <morishita@career-bridge.co.jp>"],
    "subject": "リファレンスへのご協力のお願い",
    "body": """鷹取様
久我山様

日の出産業株式会社 人事部の三ツ矢でございます。
このたびは鷹取様の選考にあたり、久我山様に推薦者としてご協力を
いただけることとなり、誠にありがとうございます。

久我山様には、来週中に弊社委託先のバックチェック・ジャパンより
オンラインアンケートのご案内が届きます。所要時間は15分程度です。

キャリアブリッジの森下様にも念のため共有しております。
何卒よろしくお願いいたします。
""" + SIG_MITSUYA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "candidate, her former boss and the agency (three external parties) all in To/Cc",
},
{
    "id": "jinzaishokai-038",
    "charset": "cp932",
    "sender": "鳥羽 正臣 <m.toba@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "subject": "新規ポジション（経営企画 マネージャー）ご依頼の件",
    "body": """株式会社ジョブアーク
濱田様

いつもお世話になっております。日の出産業の鳥羽です。

経営企画部のマネージャーポジションにつき、ご推薦をお願いしたく
ご連絡いたしました。社内外への公表前のため、求人サイト等への掲載は
控えていただき、非公開求人としてお取り扱いいただけますでしょうか。

　想定年収：900万円～1,100万円
　要件：事業会社での中期経営計画策定の経験、予実管理
　面接：2回（部長、社長）

求人票は来週お送りいたします。どうぞよろしくお願いいたします。

日の出産業株式会社 人事部長 鳥羽 正臣
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asks for a 非公開求人 (unadvertised vacancy): recruiting jargon, not a confidentiality marking",
},
{
    "id": "jinzaishokai-039",
    "charset": "utf-8",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["柏木社会保険労務士事務所 <office@kashiwagi-sr.jp>"],
    "subject": "11月入社者 3名分の取得届資料",
    "body": """柏木先生

お世話になっております。工藤です。
11月入社の3名分、資格取得届用の情報をまとめてZIPでお送りします。
中のExcelに個人番号と基礎年金番号を入れております。
""" + SIG_KUDO,
    "attachments": [
        {"kind": "zip", "name": "取得届_202411入社.zip",
         "files": [{"kind": "xlsx", "name": "202411入社者.xlsx",
                    "sheets": {"取得届": [["氏名", "生年月日", "個人番号", "基礎年金番号", "報酬月額"],
                                         ["柚木 紗英", "1990/03/08", my_number(SEED + 2), "3102-448817", 350000],
                                         ["薬師寺 健吾", "1983/10/27", my_number(SEED + 3), "5230-117604", 440000],
                                         ["小鳥遊 菜月", "1993/06/11", my_number(SEED + 4), "2871-930245", 310000]]}}]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three My Numbers and pension numbers in an XLSX inside a plain ZIP to an outside office",
},
{
    "id": "jinzaishokai-040",
    "charset": "utf-8",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["アセスメント・ラボ サポート <support@assessment-lab.co.jp>"],
    "subject": "Web適性検査 受検者登録のお願い（10名）",
    "body": """株式会社アセスメント・ラボ
サポートご担当者様

お世話になっております。日の出産業の大河内です。
二次面接に進む方の適性検査（総合版）の受検案内を送っていただきたく、
受検者の一覧を添付いたします。受検期限は12月15日でお願いします。
""" + SIG_OKOCHI,
    "attachments": [
        {"kind": "xlsx", "name": "受検者一覧_1205.xlsx",
         "sheets": {"受検者": [["受検者ID", "氏名", "メールアドレス", "受検種別"],
                              ["HS-2412-01", "鬼頭 隆之", "kito.takayuki@gmail.com", "総合版"],
                              ["HS-2412-02", "漆原 瑞穂", "mizuho.u@yahoo.co.jp", "総合版"],
                              ["HS-2412-03", "羽賀 慎之介", "haga-s@outlook.jp", "総合版"],
                              ["HS-2412-04", "東海林 雅人", "shoji.masato@docomo.ne.jp", "総合版"],
                              ["HS-2412-05", "仁科 美鈴", "misuzu.n@gmail.com", "総合版"],
                              ["HS-2412-06", "勅使河原 遥", "haruka.teshi@icloud.com", "総合版"],
                              ["HS-2412-07", "九十九 陽介", "tsukumo.y@gmail.com", "総合版"],
                              ["HS-2412-08", "鷹取 里沙", "risa.takatori@gmail.com", "総合版"],
                              ["HS-2412-09", "芦田 昌平", "ashida.shohei@yahoo.co.jp", "総合版"],
                              ["HS-2412-10", "斑目 透", "madarame.toru@outlook.jp", "総合版"]]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ten candidates' names and private e-mail addresses to the assessment vendor: a list of people",
},
# ---------------------------------------------------------------- 041-060
{
    "id": "jinzaishokai-041",
    "charset": "utf-8",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["霧島 様 <kirishima@kirishima-consulting.jp>"],
    "subject": "外部面接官のお願い：候補者の履歴書送付（12/9 技術面接）",
    "body": """霧島様

いつもお世話になっております。日の出産業の佐伯です。
12月9日の技術面接では、前回同様に外部面接官としてご同席いただきありがとうございます。
候補者1名の履歴書をお送りしますので、事前にご確認ください。
面接後、評価シートのご記入をお願いいたします。
""" + SIG_SAEKI,
    "attachments": [
        {"kind": "docx", "name": "履歴書_斑目透.docx", "title": "履歴書",
         "paragraphs": ["履歴書", "2024年11月28日現在"],
         "tables": [[["ふりがな", "まだらめ とおる"],
                     ["氏名", "斑目 透"],
                     ["生年月日", "平成元年8月3日（満35歳）"],
                     ["現住所", "〒213-0001 神奈川県川崎市高津区溝口4-9-12 サンライズ溝の口403"],
                     ["電話", "090-5831-2047"],
                     ["E-mail", "madarame.toru@outlook.jp"]],
                    [["年月", "学歴・職歴"],
                     ["2012年3月", "東都工業大学 大学院 機械工学専攻 修了"],
                     ["2012年4月", "株式会社北星精機 入社 生産技術部"],
                     ["2019年4月", "同社 生産技術部 主任（自動化ライン立ち上げ担当）"],
                     ["現在に至る", ""]]]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one candidate's CV to an external interviewer: a single person's record, may warn",
},
{
    "id": "jinzaishokai-042",
    "charset": "cp932",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "1/16-17 研修宿泊の件（お食事と控室についてのご相談）",
    "body": """さくらホテル 宴会予約課
ご担当者様

いつもお世話になっております。日の出産業の大河内です。
1月16日・17日の中途入社者研修（宿泊9名）につき、追加のご相談です。

参加者のうち、品質保証部の五十嵐 航さんはイスラム教徒のため、
以下のご配慮をお願いできますでしょうか。

・2日間の昼食・夕食をハラール対応でご用意いただくこと（豚肉・アルコール不使用）
・1日5回の礼拝のため、研修会場近くに小さな控室を1室お借りしたいこと
・金曜昼（17日 12:15頃）は礼拝で30分ほど席を外します

費用が追加となる場合はお見積りをお願いいたします。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named new hire's religion sent to the hotel: 信条 is 要配慮個人情報 even for one person",
},
{
    "id": "jinzaishokai-043",
    "charset": "iso-2022-jp",
    "sender": "鳥羽 正臣 <m.toba@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "subject": "【社外秘】組織再編に伴う新設ポジションについて",
    "body": """【社外秘】
――――――――――――――――――――――――――
濱田様

お世話になっております。日の出産業の鳥羽です。

来年4月に予定している組織再編（電子部品事業部と樹脂事業部の統合）に
伴い、新事業部の副事業部長ポジションを新設いたします。
統合は来年2月の取締役会で決議予定で、社内にもまだ公表しておりません。

　想定年収：1,300万円前後
　人数：1名
　着任：2025年4月1日

候補者の方への説明は、事業統合の部分を伏せてお願いいたします。

日の出産業株式会社 人事部長 鳥羽 正臣
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 【社外秘】 in the subject and at the top of the body",
},
{
    "id": "jinzaishokai-044",
    "charset": "iso-2022-jp",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["匠キャリア 坂東様 <bando@takumi-career.com>"],
    "cc": ["川崎電機 人事部 久慈様 <kuji@kawasaki-denki.co.jp>"],
    "subject": "合同技術職説明会（2月 大宮）の打ち合わせ日程",
    "body": """匠キャリア 坂東様
川崎電機 久慈様

いつもお世話になっております。日の出産業の三ツ矢です。
2月に大宮で予定している合同技術職説明会につき、三社で一度
お打ち合わせの場を持ちたく、候補日をお送りします。

　・12月12日（木）15:00～16:00
　・12月13日（金）10:00～11:00
　・12月17日（火）14:00～15:00

場所は弊社本社、またはオンラインのいずれでも構いません。
ご都合をお知らせいただけますと幸いです。
""" + SIG_MITSUYA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way meeting mail: two external organisations in To/Cc",
},
{
    "id": "jinzaishokai-045",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["森下様 <morishita@career-bridge.co.jp>"],
    "subject": "候補者進捗管理表の共有（11/28時点）",
    "body": """森下様

お世話になっております。佐伯です。
御社からご推薦いただいている候補者の進捗管理表を添付いたします。
ステータスに相違がございましたらお知らせください。
""" + SIG_SAEKI,
    "attachments": [{"kind": "corrupt", "name": "候補者管理表_1128.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read",
},
{
    "id": "jinzaishokai-046",
    "charset": "utf-8",
    "sender": "橘 俊介 <s.tachibana@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    "subject": "採用管理システム移行テスト用データの送付",
    "body": """株式会社ツバサシステム
導入支援チーム 御中

お世話になっております。日の出産業 情報システム部の橘です。
新採用管理システムへの移行テスト用に、現行システムから出力した
応募者データ（直近分の抜粋）をお送りします。
文字コードはUTF-8、区切りはカンマです。取込結果をご報告ください。

--
日の出産業株式会社 情報システム部 橘 俊介
内線 7720 / 03-5202-7720
""",
    "attachments": [
        {"kind": "zip", "name": "applicants_export_20241201.zip",
         "files": [{"kind": "csv", "name": "applicants.csv", "encoding": "utf-8",
                    "rows": [["applicant_id", "name", "kana", "email", "phone", "position", "agency", "status"],
                             ["A24-0311", "鬼頭 隆之", "キトウ タカユキ", "kito.takayuki@gmail.com", "090-7713-4420", "経理課長", "ジョブアーク", "二次面接"],
                             ["A24-0312", "漆原 瑞穂", "ウルシバラ ミズホ", "mizuho.u@yahoo.co.jp", "080-2265-0193", "経理", "ジョブアーク", "内定"],
                             ["A24-0315", "百目鬼 亮", "ドウメキ リョウ", "r.domeki@gmail.com", "070-3391-8855", "情報システム", "ネクストステージ", "内定"],
                             ["A24-0318", "斑目 透", "マダラメ トオル", "madarame.toru@outlook.jp", "090-5831-2047", "生産技術", "直接応募", "一次面接"],
                             ["A24-0320", "芦田 昌平", "アシダ ショウヘイ", "ashida.shohei@yahoo.co.jp", "080-7702-6631", "営業", "キャリアブリッジ", "書類選考"],
                             ["A24-0323", "霜月 あかり", "シモツキ アカリ", "akari.shimotsuki@icloud.com", "070-6654-1180", "総務", "ひまわり人材", "不採用"],
                             ["A24-0324", "榊原 拓", "サカキバラ タク", "taku.sakakibara@gmail.com", "090-3045-7719", "設備保全", "匠キャリア", "書類選考"],
                             ["A24-0327", "真鍋 千尋", "マナベ チヒロ", "chihiro-m@outlook.jp", "080-1327-4458", "品質保証", "キャリアブリッジ", "不採用"],
                             ["A24-0329", "神楽坂 律", "カグラザカ リツ", "ritsu.kagurazaka@gmail.com", "090-9126-3370", "購買", "ネクストステージ", "一次面接"],
                             ["A24-0330", "野々宮 紬", "ノノミヤ ツムギ", "tsumugi.nonomiya@yahoo.co.jp", "070-8813-2904", "経理", "ジョブアーク", "辞退"],
                             ["A24-0332", "宇佐美 剛", "ウサミ ツヨシ", "usami.tsuyoshi@docomo.ne.jp", "090-6270-5513", "営業", "直接応募", "書類選考"],
                             ["A24-0335", "穂積 玲奈", "ホヅミ レイナ", "reina.hozumi@gmail.com", "080-4419-0862", "生産管理", "匠キャリア", "二次面接"]]}]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "twelve applicants' records in a CSV inside an unencrypted ZIP to the system vendor: a list of people",
},
{
    "id": "jinzaishokai-047",
    "charset": "cp932",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["芦野 様 <ashino@career-bridge.co.jp>"],
    "subject": "RE: 営業職 ご推薦（6名）",
    "body": """芦野様

お世話になっております。大河内です。
6名のご推薦ありがとうございます。書類選考の結果は来週水曜までに
まとめてご連絡いたします。

取り急ぎ、受領のご連絡まで。

大河内

-----Original Message-----
From: 芦野 彩花 <ashino@career-bridge.co.jp>
Sent: Monday, December 2, 2024 6:12 PM
To: 大河内 亮 <r.okochi@hinode-sangyo.co.jp>
Subject: 営業職 ご推薦（6名）

日の出産業株式会社 大河内様

営業職の募集につき、下記6名をご推薦いたします。

芦田 昌平   33歳  080-7702-6631  ashida.shohei@yahoo.co.jp
宇佐美 剛   38歳  090-6270-5513  usami.tsuyoshi@docomo.ne.jp
真鍋 千尋   29歳  080-1327-4458  chihiro-m@outlook.jp
神楽坂 律   35歳  090-9126-3370  ritsu.kagurazaka@gmail.com
穂積 玲奈   31歳  080-4419-0862  reina.hozumi@gmail.com
榊原 拓     42歳  090-3045-7719  taku.sakakibara@gmail.com

キャリアブリッジ株式会社 芦野
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-candidate list sits under -----Original Message----- quoted from the agency's own mail",
},
{
    "id": "jinzaishokai-048",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["ワークメディア 営業 長南様 <chonan@workmedia.co.jp>"],
    "subject": "Re: 求人広告掲載のお申込みとお支払方法",
    "body": """長南様

お世話になっております。三ツ矢です。
ご案内いただいた4週間プランで申し込みます。
お支払いはクレジットカードでお願いします。

　カード番号：""" + card_number(SEED + 102) + """
　有効期限：11/26
　セキュリティコード：418
　名義：KANAKO MITSUYA

領収書は日の出産業株式会社宛でお願いいたします。
""" + SIG_MITSUYA + """

> 日の出産業株式会社 三ツ矢様
> お世話になっております。ワークメディアの長南です。
> 掲載プランのお見積りをお送りします。お支払いは請求書払い・カード払いから選べます。
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a card number with expiry and CVC in the new text of a reply to the job-ad vendor",
},
{
    "id": "jinzaishokai-049",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@next-stage-agent.jp>"],
    "subject": "経理ポジションの市場感についてのご相談",
    "body": """小野寺様

お世話になっております。三ツ矢です。
経理ポジションの提示年収について、市場感のご意見をいただきたく、
これまで選考した方々の情報を匿名化したものを添付いたします。
（氏名・連絡先は削除しています）
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "txt", "name": "経理候補者_匿名サマリ.txt", "encoding": "utf-8",
         "text": """経理ポジション 選考者サマリ（匿名化）

ID  イニシャル 年齢 現職業界   現年収  希望年収 結果
--  ---------- ---- ---------- ------- -------- ------------
1   T.K        41   食品       720万   780万    二次面接辞退
2   M.U        34   商社       540万   600万    内定承諾
3   R.D        29   監査法人   480万   550万    内定辞退
4   S.H        37   物流       610万   650万    最終不合格
5   N.T        31   IT         500万   560万    内定承諾
6   H.S        45   製造       680万   700万    書類不合格
"""},
    ],
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "six rows of initials, ages and salaries to another agency: pseudonymised, but an agency might re-identify them",
},
{
    "id": "jinzaishokai-050",
    "charset": "iso-2022-jp",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 久慈様 <kuji@kawasaki-denkl.co.jp>"],
    "subject": "転籍予定者の面談日程について",
    "body": """川崎電機株式会社
人事部 久慈様

いつもお世話になっております。日の出産業の三ツ矢です。
来春転籍予定の榊原様との面談について、下記でいかがでしょうか。

　12月18日（水）15:00～16:00　弊社本社 5F 応接室

当日は弊社からは生産技術部長と私が同席いたします。
よろしくお願いいたします。
""" + SIG_MITSUYA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denkl.co.jp (l for i) is a look-alike of the partner kawasaki-denki.co.jp",
},
{
    "id": "jinzaishokai-051",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "subject": "早期退職に伴う紹介手数料の返金について",
    "body": """株式会社ジョブアーク
濱田様

いつもお世話になっております。日の出産業の佐伯です。

大変残念なご報告ですが、10月1日にご入社いただいた野々宮 紬様が、
11月15日付で一身上の都合により退職されました。

つきましては、人材紹介契約書第8条（返還規定）に基づき、
在籍期間1か月以上3か月未満として紹介手数料の50％のご返金を
お願いしたく存じます。

　対象請求書：JA-2409-0056（手数料 1,980,000円 税込）
　返金額：990,000円

お手数ですが、返金のお手続きについてご確認いただけますでしょうか。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one named hire's start and leaving dates in a fee refund request: one person, no sensitive reason",
},
{
    "id": "jinzaishokai-052",
    "charset": "utf-8",
    "sender": "Masaomi Toba <m.toba@hinode-sangyo.co.jp>",
    "to": ["Sarah Whitfield <s.whitfield@exelink.co.jp>"],
    "subject": "Re: Candidate update - Mr. Hideki Onozuka",
    "body": """Dear Sarah,

Thank you for the update on Mr. Onozuka.

During the second interview he told us, quite openly, that he was treated
for colon cancer in 2023 (surgery and six months of chemotherapy) and that
he still goes for check-ups every three months. He says he is in full
health now, and this will not affect our decision, but the President would
like to make sure the CFO role's travel schedule will not be a problem for him.

Could you discuss this with him discreetly before the final round?

Best regards,
""" + SIG_TOBA + "\n" + DISCLAIMER_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's cancer treatment (medical history) sent to the search firm",
},
{
    "id": "jinzaishokai-053",
    "charset": "utf-8",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["五十嵐 航 様 <w-igarashi@outlook.jp>"],
    "subject": "ご入社当日のスケジュールと持ち物のご案内",
    "body": """五十嵐 航 様

日の出産業株式会社 人事部 労務グループの工藤です。
10月1日のご入社にあたり、当日のスケジュールをお知らせいたします。

■当日のスケジュール
　 9:00　本社1階受付にお越しください（人事部 工藤を呼び出してください）
　 9:15　入社手続き・雇用契約書の締結
　10:30　社内システム説明（情報システム部）
　13:00　配属先（品質保証部）へご案内
　17:30　終了

■お持ちいただくもの
　・年金手帳または基礎年金番号通知書
　・雇用保険被保険者証
　・給与振込口座届（同封の様式）
　・印鑑

ご不明な点がございましたら、お気軽にご連絡ください。
当日お会いできることを楽しみにしております。
""" + SIG_KUDO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "first-day instructions to one new hire's private address: no personal data besides his name",
},
{
    "id": "jinzaishokai-054",
    "charset": "cp932",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["morishita@career-bridge.co.jp"],
    "cc": ["onodera@next-stage-agent.jp", "k.hamada@jobark.co.jp"],
    "subject": "人材紹介手数料率の改定について（2025年4月以降）",
    "body": """人材紹介会社 ご担当者各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 人事企画課の三ツ矢でございます。

2025年4月1日以降にご推薦いただく候補者様より、紹介手数料率を
一律「理論年収の30％」とさせていただきたく、ご案内申し上げます。
あわせて返金規定を下記のとおり統一いたします。

　・入社後1か月未満の退職：80％返金
　・1か月以上3か月未満：50％返金

改定後の契約書は1月中に個別にお送りいたします。
ご理解のほど、よろしくお願い申し上げます。
""" + SIG_MITSUYA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing agencies in To/Cc see each other (fee terms): should have been Bcc",
},
{
    "id": "jinzaishokai-055",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["バックチェック・ジャパン 受付 <order@backcheck-japan.jp>"],
    "subject": "リファレンスチェック一括依頼（5名・推薦者10名）",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社バックチェック・ジャパン<br>ご担当者様</p>
<p>お世話になっております。日の出産業の三ツ矢です。<br>
最終面接通過者5名につき、リファレンスチェックを一括でお願いいたします。<br>
推薦者の連絡先は下表のとおりです（本人同意取得済み）。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>候補者</th><th>推薦者</th><th>関係</th><th>電話</th><th>メール</th></tr>
<tr><td>四十物 圭</td><td>大道寺 恒夫</td><td>前職上司</td><td>090-6610-2284</td><td>daidoji.t@hokusei-seiki.co.jp</td></tr>
<tr><td>四十物 圭</td><td>井ノ口 麻美</td><td>前職同僚</td><td>080-3173-5509</td><td>asami.inokuchi@gmail.com</td></tr>
<tr><td>漆原 瑞穂</td><td>瀬良 公一</td><td>現職上司</td><td>090-2249-7731</td><td>sera-k@marukaku-shoji.co.jp</td></tr>
<tr><td>漆原 瑞穂</td><td>日向 さやか</td><td>前職同僚</td><td>070-5518-6624</td><td>sayaka.hyuga@yahoo.co.jp</td></tr>
<tr><td>東海林 雅人</td><td>郷田 光</td><td>前職上司</td><td>090-4432-1896</td><td>goda.hikaru@outlook.jp</td></tr>
<tr><td>東海林 雅人</td><td>沖之島 淳</td><td>取引先</td><td>080-8290-3347</td><td>j.okinoshima@seiryu-kogyo.co.jp</td></tr>
<tr><td>九十九 陽介</td><td>羽生田 梢</td><td>前職上司</td><td>090-7105-6628</td><td>hanyuda.k@gmail.com</td></tr>
<tr><td>九十九 陽介</td><td>木暮 誠</td><td>前職同僚</td><td>080-6637-0415</td><td>makoto.kogure@icloud.com</td></tr>
<tr><td>鷹取 里沙</td><td>久我山 修</td><td>前職上司</td><td>090-2718-6634</td><td>kugayama.o@lumina-trading.co.jp</td></tr>
<tr><td>鷹取 里沙</td><td>芦名 由貴</td><td>前職同僚</td><td>080-9941-2075</td><td>yuki.ashina@gmail.com</td></tr>
</table>
<p>ご多忙のところ恐縮ですが、12月20日までのご報告をお願いいたします。</p>
<p>日の出産業株式会社 人事部 人事企画課 三ツ矢 加奈子<br>TEL 03-5202-7785</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an HTML table of ten referees' phones and e-mails for five candidates: a list of people",
},
{
    "id": "jinzaishokai-056",
    "charset": "iso-2022-jp",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["営業部長 瀬戸口 <t.setoguchi@hinode-sangyo.co.jp>"],
    "cc": ["佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>"],
    "subject": "FW: 営業職 ご推薦（6名）",
    "body": """瀬戸口部長

お疲れさまです。大河内です。
キャリアブリッジから営業職の推薦が6名届きましたので転送します。
書類選考のご判断を来週水曜までにいただけますでしょうか。

---------- Forwarded message ----------
From: 芦野 彩花 <ashino@career-bridge.co.jp>
Subject: 営業職 ご推薦（6名）

芦田 昌平   33歳  080-7702-6631  ashida.shohei@yahoo.co.jp
宇佐美 剛   38歳  090-6270-5513  usami.tsuyoshi@docomo.ne.jp
真鍋 千尋   29歳  080-1327-4458  chihiro-m@outlook.jp
神楽坂 律   35歳  090-9126-3370  ritsu.kagurazaka@gmail.com
穂積 玲奈   31歳  080-4419-0862  reina.hozumi@gmail.com
榊原 拓     42歳  090-3045-7719  taku.sakakibara@gmail.com
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "a forwarded list of six candidates, but every recipient is internal",
},
{
    "id": "jinzaishokai-057",
    "charset": "cp932",
    "sender": "総務部 車両管理 秋月 <h.akizuki@hinode-sangyo.co.jp>",
    "to": ["ときわ保険サービス 佐古田様 <sakoda@tokiwa-hoken.co.jp>"],
    "subject": "社有車 運転者登録の追加（中途入社者1名）",
    "body": """ときわ保険サービス株式会社
佐古田様

いつもお世話になっております。日の出産業 総務部の秋月です。
12月入社の営業職1名を、社有車（品川300 あ 21-47）の運転者として
追加登録したく、ご連絡いたします。

　氏名：東海林 雅人
　生年月日：1987年9月12日
　運転免許証番号：305217648290
　免許の色：ゴールド（有効期限 2027年10月12日）

手続きに必要な書類がございましたらお知らせください。

日の出産業株式会社 総務部 秋月 晴彦
TEL 03-5202-7740
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a new hire's driver's licence number to the insurance agent: an identity document number",
},
{
    "id": "jinzaishokai-058",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["匠キャリア 坂東様 <bando@takumi-career.com>"],
    "subject": "設備保全ポジション：配属先組織のご参考資料",
    "body": """坂東様

お世話になっております。三ツ矢です。
候補者様へのご説明用に、埼玉工場の組織図をお送りします。
配属先は製造技術部 設備保全課となります。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "docx", "name": "埼玉工場_組織図_2024下期.docx", "page_header": "取扱注意",
         "paragraphs": ["取扱注意", "埼玉工場 組織図（2024年10月1日現在）",
                        "工場長の下に製造部・製造技術部・品質保証部・工場管理部を置く。"],
         "tables": [[["部", "課", "人数", "課長"],
                     ["製造部", "成形一課／成形二課／組立課", "146", "各課長"],
                     ["製造技術部", "生産技術課／設備保全課", "38", "設備保全課長 欠員"],
                     ["品質保証部", "品質管理課／検査課", "41", ""],
                     ["工場管理部", "総務課／購買課", "22", ""]]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the organisation chart DOCX is stamped 取扱注意 (header and first line)",
},
{
    "id": "jinzaishokai-059",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["森下様 <morishita@career-bridge.co.jp>"],
    "subject": "一次面接結果のご連絡（松ヶ谷様）",
    "body": """森下様

いつもお世話になっております。佐伯です。
先日の松ヶ谷様の一次面接の結果、ぜひ二次面接に進んでいただきたいと
考えております。面接官からのフィードバックは以下のとおりです。

【評価できた点】
・樹脂成形ラインの自動化を主導された経験が、当社の課題と合致している
・説明が論理的で、質問の意図を的確に捉えていた

【二次面接で確認したい点】
・複数拠点の取りまとめ経験の有無
・海外拠点（タイ工場）への出張への抵抗感

二次面接の候補日は別途お送りいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "interview feedback on one candidate named by surname: ordinary mail to the agency",
},
{
    "id": "jinzaishokai-060",
    "charset": "utf-8",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@next-stage-agent.jp>"],
    "subject": "二次面接 評価シート（神楽坂様）",
    "body": """小野寺様

お世話になっております。大河内です。
神楽坂様の二次面接の評価シートをお送りします。
健康面の記載について、ご本人の現在の通院状況を確認いただけますと助かります。
""" + SIG_OKOCHI,
    "attachments": [
        {"kind": "docx", "name": "二次面接評価シート_神楽坂.docx",
         "paragraphs": ["二次面接 評価シート", "実施日：2024年12月4日　面接官：購買部長 飯干"],
         "tables": [[["項目", "評価", "コメント"],
                     ["氏名", "神楽坂 律", "応募職種：購買"],
                     ["専門性", "A", "電子部品の調達交渉経験が豊富"],
                     ["コミュニケーション", "B", ""],
                     ["健康面", "要確認", "既往歴：腰椎椎間板ヘルニア（2020年手術）、現在も月1回通院中と本人申告"],
                     ["総合", "B+", "最終面接へ推薦"]]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the evaluation sheet records a named candidate's medical history and surgery: 要配慮個人情報",
},
# ---------------------------------------------------------------- 061-080
{
    "id": "jinzaishokai-061",
    "charset": "iso-2022-jp",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 引越センター 富樫様 <togashi@aoba-unyu.co.jp>"],
    "subject": "入社に伴う引越しのお見積り依頼（1件）",
    "body": """青葉運輸株式会社 引越センター
富樫様

いつもお世話になっております。日の出産業の工藤です。
1月入社予定の社員1名が、弊社社宅へ転居いたしますので、
お見積りをお願いいたします（費用は弊社負担・法人契約）。

　ご依頼者：九十九 陽介 様
　旧住所：〒980-0811 宮城県仙台市青葉区一番町2-6-15 グランメゾン一番町608
　新住所：〒347-0016 埼玉県加須市花崎北3-11-2 日の出産業 花崎社宅B-203
　ご本人連絡先：070-1739-5028
　ご希望日：12月27日（金）搬出、28日（土）搬入

訪問見積りの日程は、ご本人と直接ご調整いただけますと幸いです。
""" + SIG_KUDO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one new hire's addresses and mobile to the (partner) moving company: one person's record, may warn",
},
{
    "id": "jinzaishokai-062",
    "charset": "cp932",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["東京しごと支援ネットワーク 相談窓口 <soudan@tokyo-shigoto-net.or.jp>"],
    "subject": "障がい者雇用の状況について（ご相談前の資料）",
    "body": """東京しごと支援ネットワーク
相談窓口 ご担当者様

お世話になっております。日の出産業 人事部の大河内です。
来週のご相談に先立ち、弊社の障がい者雇用の状況を簡単にまとめました。

　常用労働者数：　　　　　　　　1,204名
　雇用障がい者数（カウント）：　29.0名
　実雇用率：　　　　　　　　　　2.41％（法定 2.5％）

　内訳（人数）
　　身体障がい　　　　14名
　　知的障がい　　　　 6名
　　精神障がい　　　　 7名

2025年度中に法定雇用率を満たすため、事務補助と物流センターでの
採用を検討しております。当日はよろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate disability-employment figures: statistics about no identifiable person",
},
{
    "id": "jinzaishokai-063",
    "charset": "utf-8",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.com>"],
    "subject": "1月 面接会場の仮押さえのお願い",
    "body": """さくらホテル 宴会予約課
ご担当者様

いつもお世話になっております。日の出産業の大河内です。
1月も最終面接の会場として、小会議室を下記で仮押さえいただけますでしょうか。

　・1月14日（火）9:00～18:00　小会議室（6名程度）
　・1月21日（火）9:00～18:00　同上

ご来館者リストは前週にお送りいたします。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.com is a TLD swap of the partner domain sakura-hotel.jp",
},
{
    "id": "jinzaishokai-064",
    "charset": "cp932",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["匠キャリア 坂東様 <bando@takumi-career.com>"],
    "subject": "求人票（設備保全）改訂版の送付",
    "body": """坂東様

お世話になっております。三ツ矢です。
設備保全の求人票を改訂しましたので、差し替えをお願いいたします。
変更点は年収レンジと勤務シフトです。
""" + SIG_MITSUYA,
    "attachments": [{"kind": "corrupt", "name": "求人票_設備保全_v3.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the PDF attachment is corrupt and cannot be read",
},
{
    "id": "jinzaishokai-065",
    "charset": "utf-8",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["芦野 様 <ashino@career-bridge.co.jp>"],
    "subject": "面接会場（埼玉工場）のアクセスのご案内",
    "body": """芦野様

お世話になっております。佐伯です。
来週の芦田様の工場見学を兼ねた面接は埼玉工場での実施となります。
アクセス案内を添付しましたので、ご本人へ転送いただけますでしょうか。
加須駅からはタクシーで約10分です。
""" + SIG_SAEKI,
    "attachments": [
        {"kind": "html", "name": "access_saitama_plant.html",
         "html": """<html><head><meta charset="utf-8"><title>埼玉工場 アクセス</title></head><body>
<h2>日の出産業株式会社 埼玉工場</h2>
<p>〒347-0006 埼玉県加須市下高柳1-22（加須工業団地内）<br>TEL 0480-65-2200（代表）</p>
<ul><li>東武伊勢崎線「加須駅」北口よりタクシー約10分</li>
<li>東北自動車道「加須IC」より車で約5分（来客用駐車場あり）</li></ul>
<p>正門の守衛所で「人事部との面接」とお伝えください。</p>
</body></html>"""},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an access map of the plant (company address and switchboard) in an HTML attachment",
},
{
    "id": "jinzaishokai-066",
    "charset": "iso-2022-jp",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["柏木社会保険労務士事務所 <office@kashiwagi-sr.jp>"],
    "subject": "被扶養者異動届の作成依頼（羽賀様）",
    "body": """柏木先生

お世話になっております。工藤です。
1月入社の羽賀 慎之介さんから、配偶者とお子さんを扶養に入れたいとの
申出がありましたので、被扶養者（異動）届の作成をお願いします。

　被保険者：羽賀 慎之介
　健康保険証　記号：0613　番号：128
　被扶養者1：羽賀 智恵（配偶者）　平成3年12月4日生　収入なし
　被扶養者2：羽賀 湊（長男）　　　令和2年6月18日生

続柄確認のため、住民票の写しは郵送にてお送りします。
""" + SIG_KUDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a health insurance card symbol and number with dependants' dates of birth sent to an outside office",
},
{
    "id": "jinzaishokai-067",
    "charset": "utf-8",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["四十物 圭 様 <kei.aimono@gmail.com>"],
    "cc": ["mizuho.u@yahoo.co.jp", "tsumugi.nonomiya@docomo.ne.jp", "haruka.teshi@icloud.com"],
    "subject": "内定者懇親会（12/20）のご案内",
    "body": """内定者の皆さま

日の出産業株式会社 人事部の佐伯です。
年明けのご入社を前に、内定者の皆さまと配属先の先輩社員による
懇親会を企画いたしました。

　日時：12月20日（金）18:30～20:30
　場所：日本橋「ダイニング灯」（中央区日本橋室町1-4）
　会費：無料

ご出欠を12月13日（金）までに、このメールへご返信ください。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "four private persons (future hires) in To/Cc see each other's addresses: should have been Bcc",
},
{
    "id": "jinzaishokai-068",
    "charset": "iso-2022-jp",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@next-stage-agent.jp>"],
    "subject": "柚木様 オファー条件のご相談",
    "body": """小野寺様

お世話になっております。三ツ矢です。
柚木様のオファー条件について、社内で以下のとおり整理いたしました。

　現年収（ご本人申告）：620万円
　ご希望年収　　　　　：700万円
　弊社提示案　　　　　：G5 月給390,000円＋賞与5.0か月
　　　　　　　　　　　　→ 理論年収 約663万円
　入社日　　　　　　　：2025年1月6日

ご希望との差がございますので、ご本人の受け止め方を事前に
伺えますと幸いです。
""" + SIG_MITSUYA,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "salary terms of one named candidate to her agency: one person, may warn",
},
{
    "id": "jinzaishokai-069",
    "charset": "utf-8",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "subject": "漆原様の入社書類の取扱いについて",
    "body": """濱田様

お世話になっております。日の出産業の工藤です。
漆原 瑞穂様の入社手続きにつき、ご本人から申出がありましたので共有します。

漆原様は以前の勤務先の元交際相手からストーカー被害を受けており、
現在も警察に相談中で、禁止命令が出ているとのことです。
そのため、新住所は社内でも人事部の一部のみで管理し、社内報等での
紹介や緊急連絡網への掲載は行わないことにしました。

御社の書類にも新住所は記載しないよう、お取り扱いをお願いいたします。
""" + SIG_KUDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named hire has been a crime victim (stalking): 犯罪被害 is 要配慮個人情報",
},
{
    "id": "jinzaishokai-070",
    "charset": "utf-8",
    "sender": "Masaomi Toba <m.toba@hinode-sangyo.co.jp>",
    "to": ["James Okafor <j.okafor@midway-search.com>"],
    "subject": "Candidates already in our process (to avoid duplicate submissions)",
    "body": """Dear James,

Thank you for taking on the APAC Sales Director search. To avoid duplicate
submissions, here are the candidates we are already talking to through
other channels. Please do not approach them.

1) Kaito Shirogane
   Date of birth: 14 March 1979
   Current: Regional Sales Manager, Velden Automation (Singapore)
   E-mail: kaito.shirogane@gmail.com

2) Emily Tanabe-Ross
   Date of birth: 2 November 1982
   Current: Head of Sales Japan, Norska Polymers
   E-mail: emily.tanabe.ross@outlook.com

3) Hiroshi Mikumo
   Date of birth: 27 July 1976
   Current: VP Sales, Kestrel Components Asia
   E-mail: h.mikumo@yahoo.co.jp

4) Priya Venkataraman
   Date of birth: 9 January 1985
   Current: Business Development Director, Orion Molding
   E-mail: priya.venkat85@gmail.com

5) Shuichi Akebono
   Date of birth: 30 May 1980
   Current: Sales Director, Tessaro Plastics Japan
   E-mail: akebono.shuichi@icloud.com

Best regards,
""" + SIG_TOBA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five candidates' dates of birth and private e-mails, one block each, to a search firm: a list of people",
},
{
    "id": "jinzaishokai-071",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 契約管理 <keiyaku@career-bridge.co.jp>"],
    "subject": "人材紹介基本契約書（改定版）のご送付",
    "body": """キャリアブリッジ株式会社
契約管理ご担当者様

お世話になっております。日の出産業の三ツ矢です。
先日ご案内した手数料率の改定を反映した基本契約書をお送りいたします。
ご確認のうえ、押印版を2部ご郵送いただけますでしょうか。
""" + SIG_MITSUYA + DISCLAIMER_JA,
    "attachments": [
        {"kind": "docx", "name": "人材紹介基本契約書_改定版_キャリアブリッジ.docx",
         "paragraphs": ["人材紹介基本契約書",
                        "日の出産業株式会社（法人番号 1482473331703、以下「甲」）とキャリアブリッジ株式会社（法人番号 2312588867928、以下「乙」）は、乙が甲に対して行う有料職業紹介について、次のとおり契約を締結する。",
                        "第5条（紹介手数料）甲は、乙の紹介により採用した者が入社したときは、理論年収の30％に消費税を加えた額を乙に支払う。",
                        "第8条（返還）入社日から1か月未満に退職した場合は手数料の80％、1か月以上3か月未満の場合は50％を乙は甲に返還する。",
                        "第12条（個人情報の取扱い）甲及び乙は、求職者の個人情報を職業安定法及び個人情報保護法に従い適正に取り扱う。",
                        "第15条（有効期間）2025年4月1日から1年間とし、以後自動更新とする。"]},
    ],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a fee contract between two companies with their corporate numbers: no person's data",
},
{
    "id": "jinzaishokai-072",
    "charset": "utf-8",
    "sender": "Masaomi Toba <m.toba@hinode-sangyo.co.jp>",
    "to": ["James Okafor <j.okafor@midway-search.com>"],
    "subject": "Compensation framework for the APAC Sales Director role",
    "body": """Dear James,

Ahead of our call on Thursday, I attach our compensation framework for
senior sales roles so that you can calibrate candidate expectations.

Regards,
""" + SIG_TOBA,
    "attachments": [
        {"kind": "pptx", "name": "Senior_Sales_Compensation_2025.pptx",
         "title": "Senior Sales Compensation 2025",
         "page_footer": "CONFIDENTIAL - Internal Only",
         "slides": [["Senior Sales Compensation 2025", "Hinode Sangyo HR", "CONFIDENTIAL - Internal Only"],
                    ["Base salary bands", "Director: JPY 14.0M - 18.5M", "Senior Manager: JPY 11.0M - 14.0M"],
                    ["Incentive", "Target bonus 25% of base", "Cap 200% of target"],
                    ["Expatriate package", "Housing up to JPY 450k / month", "Home leave once a year"]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the slide deck is marked CONFIDENTIAL - Internal Only on every slide",
},
{
    "id": "jinzaishokai-073",
    "charset": "cp932",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["森下様 <morishita@career-bridge.co.jp>"],
    "subject": "松ヶ谷様 入社書類の不備について",
    "body": """森下様

お世話になっております。日の出産業の工藤です。
松ヶ谷様からご提出いただいた入社書類に不備がございました。
不備箇所を記載した確認票を添付いたしますので、ご本人へお伝えいただき、
再提出をお願いできますでしょうか。
""" + SIG_KUDO,
    "attachments": [
        {"kind": "docx", "name": "入社書類確認票_松ヶ谷様.docx",
         "paragraphs": ["入社書類 確認票", "対象者：松ヶ谷 拓真 様（2024年10月1日入社）"],
         "tables": [[["書類", "記載内容", "確認結果"],
                     ["扶養控除等申告書", "住所：東京都江東区大島6-3-18 ルミエール大島1102", "押印漏れ"],
                     ["個人番号届出書", "個人番号：" + my_number(SEED + 8), "番号確認書類の写しが不鮮明"],
                     ["給与振込口座届", "みどり銀行 亀戸支店", "口座番号の記入漏れ"]]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the checklist DOCX sent to the agency repeats the hire's My Number",
},
{
    "id": "jinzaishokai-074",
    "charset": "iso-2022-jp",
    "sender": "日の出産業 採用チーム <saiyo@hinode-sangyo.co.jp>",
    "to": ["宇佐美 剛 様 <usami_tsuyoshi@yahoo.co.jp>"],
    "subject": "選考結果のご連絡（日の出産業株式会社）",
    "body": """宇佐美 剛 様

このたびは、日の出産業株式会社の営業職にご応募いただき、
誠にありがとうございました。

ご提出いただいた書類をもとに慎重に選考を進めてまいりましたが、
誠に残念ながら、今回はご期待に沿いかねる結果となりました。
多数のご応募をいただいた中での判断であることをご理解いただけますと幸いです。

なお、ご提出いただいた応募書類は弊社にて責任をもって廃棄いたします。

宇佐美様の今後のご活躍を心よりお祈り申し上げます。

日の出産業株式会社 人事部 採用チーム
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a rejection letter to one private applicant: ordinary mail to free mail",
},
{
    "id": "jinzaishokai-075",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["採用パートナーズ 真柴様 <mashiba@saiyo-partners.co.jp>"],
    "subject": "最終候補者のご紹介資料（採用会議用）",
    "body": """真柴様

お世話になっております。三ツ矢です。
来週の採用会議でファシリテーションをお願いするにあたり、
最終候補者5名のプロフィール資料をお送りします。事前にお目通しください。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "pptx", "name": "最終候補者プロフィール_1210.pptx",
         "slides": [["最終候補者プロフィール", "2024年12月10日 採用会議"],
                    ["四十物 圭（39歳）", "現職：北星精機 生産技術 主任", "現年収：640万円", "携帯：090-3318-7742", "評価：A"],
                    ["漆原 瑞穂（34歳）", "現職：丸角商事 経理部", "現年収：540万円", "携帯：080-2265-0193", "評価：B+"],
                    ["東海林 雅人（37歳）", "現職：清流工業 営業課長代理", "現年収：610万円", "携帯：090-8807-1264", "評価：A-"],
                    ["九十九 陽介（41歳）", "現職：東北樹脂 設備保全係長", "現年収：580万円", "携帯：070-1739-5028", "評価：B+"],
                    ["鷹取 里沙（29歳）", "現職：ルミナ商事 営業事務", "現年収：420万円", "携帯：080-5067-3349", "評価：B"]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five candidates' profiles with mobile numbers, one per slide, to a consultant: a list of people",
},
{
    "id": "jinzaishokai-076",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["経理部 千葉 <y.chiba@hinode-sangyo-co.jp>"],
    "subject": "紹介手数料の請求書（ネクストステージ）回付",
    "body": """千葉さん

お疲れさまです。人事部の佐伯です。
ネクストステージ社から届いた紹介手数料の請求書を回付します。
12月末払いで処理をお願いします。

　請求書番号：NS-241130-07
　金額：2,178,000円（税込）
　登録番号：T6039557356925

原本はレターケースに入れておきます。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["lookalike_domain"],
    "note": "meant for accounting, but hinode-sangyo-co.jp (hyphen for dot) is a look-alike of the own domain",
},
{
    "id": "jinzaishokai-077",
    "charset": "utf-8",
    "sender": "Masaomi Toba <m.toba@hinode-sangyo.co.jp>",
    "to": ["James Okafor <j.okafor@midway-search.com>"],
    "subject": "Offer terms - Ms. Priya Venkataraman",
    "body": """Dear James,

Following yesterday's final interview, we are pleased to extend an offer
to Ms. Priya Venkataraman. Please convey the following terms to her:

  Position:      APAC Sales Director (based in Tokyo)
  Base salary:   JPY 16,800,000 per year
  Target bonus:  25% of base
  Start date:    1 April 2025 (flexible by one month)
  Relocation:    moving costs and 3 months' temporary housing covered

We will send the formal offer letter once she confirms in principle.

Best regards,
""" + SIG_TOBA + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "offer terms for one named candidate to the search firm handling her: one person",
},
{
    "id": "jinzaishokai-078",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["匠キャリア 坂東様 <bando@takumi-career.com>"],
    "subject": "榊原様の退職と返金規定の適用について",
    "body": """坂東様

いつもお世話になっております。日の出産業の佐伯です。

11月1日にご入社いただいた榊原 拓様ですが、11月下旬から欠勤が続き、
12月2日に心療内科で「適応障害」との診断書が提出されました。
ご本人の強い希望により、12月15日付で退職されることになりました。

在籍1か月半のため、契約書第8条により紹介手数料の50％のご返金を
お願いしたく存じます。ご確認をお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a refund request that states a named hire's mental-health diagnosis: 要配慮個人情報",
},
{
    "id": "jinzaishokai-079",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["バックチェック・ジャパン 受付 <order@backcheck-japan.jp>"],
    "subject": "面接評価シート一式（リファレンス質問設計用）",
    "body": """バックチェック・ジャパン ご担当者様

お世話になっております。三ツ矢です。
リファレンスの質問設計のご参考に、面接評価シートをお送りします。
ZIPのパスワードはいつもの方法でお知らせいたします。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "zip", "name": "評価シート一式_1209.zip", "password": "bcj-1209-hs",
         "files": [{"kind": "docx", "name": "評価シート_鷹取.docx", "paragraphs": ["評価シート", "鷹取 里沙"]},
                   {"kind": "docx", "name": "評価シート_九十九.docx", "paragraphs": ["評価シート", "九十九 陽介"]}]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "an AES-encrypted ZIP cannot be inspected",
},
{
    "id": "jinzaishokai-080",
    "charset": "cp932",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["井筒様 <izutsu@himawari-jinzai.co.jp>"],
    "subject": "Re: 霜月様の選考について",
    "body": """井筒様

ご丁寧にありがとうございます。大河内です。
事情承知いたしました。面接は当初どおり12月16日（月）14時から、
オンラインで実施いたします。所要時間は45分程度です。

よろしくお願いいたします。
""" + SIG_OKOCHI + """

> 日の出産業 大河内様
>
> お世話になっております。ひまわり人材センターの井筒です。
> 霜月 あかり様ですが、精神障害者保健福祉手帳3級をお持ちで、
> 双極性障害の治療のため現在も月1回通院されています。
> 通勤ラッシュを避けるため、面接はオンラインでお願いできればと思います。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the candidate's disability is only in the agency's own quoted text; the new text is a schedule",
},
# ---------------------------------------------------------------- 081-100
{
    "id": "jinzaishokai-081",
    "charset": "utf-8",
    "sender": "Masaomi Toba <m.toba@hinode-sangyo.co.jp>",
    "to": ["Sarah Whitfield <s.whitfield@exelink.co.jp>", "James Okafor <j.okafor@midway-search.com>"],
    "subject": "Kick-off call: joint search for the Thailand plant general manager",
    "body": """Dear Sarah, dear James,

As agreed with each of you, we would like to run the search for the general
manager of our Rayong plant jointly, with Exelink covering Japan and Midway
covering Thailand and Singapore.

Could we have a 45-minute kick-off call next week? Proposed slots (JST):
  - Tue 10 Dec, 16:00
  - Wed 11 Dec, 10:00
  - Fri 13 Dec, 15:00

The role profile will follow after the call.

Best regards,
""" + SIG_TOBA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two search firms openly addressed for a joint kick-off: two external organisations is a normal meeting mail",
},
{
    "id": "jinzaishokai-082",
    "charset": "utf-8",
    "sender": "Masaomi Toba <m.toba@hinode-sangyo.co.jp>",
    "to": ["James Okafor <j.okafor@midway-search.com>"],
    "subject": "Re: Relocation of Mr. Shirogane - flight and visa support",
    "body": """James,

Thanks for coordinating Mr. Shirogane's move from Singapore. For the flight
booking and the Singapore exit formalities, here are his passport details:

  Name:             SHIROGANE KAITO
  Date of birth:    14 March 1979
  Passport No.:     TZ1947382 (Japan, valid until 2031-08-09)

Please book business class, Singapore to Haneda, on or around 20 March.

Masaomi
""" + SIG_TOBA + """

> Masaomi,
> Could you send me his passport details so our travel desk can book the flight?
> James
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a passport number in the new text of a reply to the search firm",
},
{
    "id": "jinzaishokai-083",
    "charset": "iso-2022-jp",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["坂東様 <bando@takumi-career.com>"],
    "subject": "埼玉工場 来客用入口の写真",
    "body": """坂東様

お世話になっております。大河内です。
先日、候補者の方が正門でなく搬入口に回ってしまったとのことでしたので、
来客用入口の写真をお送りします。今後のご案内時にお使いください。
""" + SIG_OKOCHI,
    "attachments": [{"kind": "png", "name": "saitama_visitor_entrance.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a photo of the visitors' entrance: nothing personal",
},
{
    "id": "jinzaishokai-084",
    "charset": "utf-8",
    "sender": "橘 俊介 <s.tachibana@hinode-sangyo.co.jp>",
    "to": ["オービットIT キッティング窓口 <kitting@orbit-it.co.jp>"],
    "subject": "【PC事前配送】1月入社者5名分のキッティング依頼",
    "body": """オービットIT株式会社
キッティング窓口 ご担当者様

お世話になっております。日の出産業 情報システム部の橘です。
1月入社者のPCにつき、入社前の自宅配送を依頼いたします。
配送先と連絡先は添付のとおりです。配送前日にご本人へSMSでご連絡ください。

橘
""",
    "attachments": [
        {"kind": "docx", "name": "PC配送先一覧_202501入社.docx",
         "paragraphs": ["PC事前配送先一覧（2025年1月入社）", "機種：ThinkPad L14（標準イメージ v24.10）"],
         "tables": [[["氏名", "入社日", "配属", "携帯電話", "配送先住所"],
                     ["四十物 圭", "1/6", "生産技術部", "090-3318-7742", "神奈川県横浜市中区山下町118-3 パークコート山下702"],
                     ["羽賀 慎之介", "1/6", "経理部", "070-4481-9356", "神奈川県川崎市幸区南幸町2-31-5"],
                     ["勅使河原 遥", "1/6", "総務部", "090-2950-6617", "埼玉県さいたま市南区別所3-8-20 エスポワール別所405"],
                     ["九十九 陽介", "1/6", "設備保全課", "070-1739-5028", "埼玉県加須市花崎北3-11-2 花崎社宅B-203"],
                     ["鷹取 里沙", "1/14", "営業部", "080-5067-3349", "千葉県船橋市本町5-17-9 ヴィラ本町301"]]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five new hires' home addresses and mobiles in a DOCX table to the IT vendor: a list of people",
},
{
    "id": "jinzaishokai-085",
    "charset": "cp932",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["芦野 様 <ashino@career-bridge.co.jp>"],
    "subject": "穂積様 入社日のご相談について",
    "body": """芦野様

お世話になっております。三ツ矢です。
穂積様から、現在妊娠中で来年5月に出産予定のため、入社日を産休・育休
明けの2026年4月にずらせないかとのご相談をいただいた件、社内で
検討いたしました。

結論としては、内定はそのまま維持し、入社日を2026年4月1日とすることで
問題ございません。ご本人にはご安心いただくようお伝えください。
入社前の面談は2026年1月頃にあらためて設定させていただきます。
""" + SIG_MITSUYA,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a named candidate's pregnancy and due date to her agency: health-related but not a listed 要配慮 category",
},
{
    "id": "jinzaishokai-086",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@next-stage-agent.jp>"],
    "subject": "面接評価基準について",
    "body": """部外秘
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
キャリア採用 面接評価基準（2024年度下期版）
人事部 採用グループ
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

小野寺様

お世話になっております。佐伯です。
ご推薦の精度向上のため、当社の面接評価基準をお伝えします。

１．専門性（40点）　　職務経歴の深さ、再現性のある成果
２．課題解決力（25点）　状況把握、仮説、実行の一貫性
３．協働性（20点）　　　他部門・海外拠点との調整経験
４．カルチャーフィット（15点）　現場志向、誠実さ

合格ラインは一次60点、最終70点です。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the pasted document is headed 部外秘 (a classification stamp) and goes to an agency",
},
{
    "id": "jinzaishokai-087",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["野上 健太 様 <nogami.kenta@docomo.ne.jp>"],
    "subject": "社員紹介によるご応募の御礼",
    "body": """野上 健太 様

はじめまして。日の出産業株式会社 人事部の佐伯と申します。
このたびは、弊社社員の紹介を通じてご応募いただき、誠にありがとうございます。

まずはカジュアルにお話しできればと考えております。
下記の日程でご都合のよい時間帯はございますでしょうか。

　・12月11日（水）19:00～
　・12月14日（土）10:00～
　・12月18日（水）19:30～

オンライン（Teams）で30分程度を予定しております。
ご返信をお待ちしております。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a first reply to one referred candidate on a carrier address: ordinary mail",
},
{
    "id": "jinzaishokai-088",
    "charset": "utf-8",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "subject": "過去のお見送り理由一覧（今後のご推薦のご参考）",
    "body": """濱田様

お世話になっております。大河内です。
先日のご要望を受けて、今年度に御社からご推薦いただいた方の
お見送り理由を一覧にしました。今後のご推薦の参考にしてください。
""" + SIG_OKOCHI,
    "attachments": [
        {"kind": "csv", "name": "見送り理由一覧_2024.csv", "encoding": "utf-8",
         "rows": [["氏名", "年齢", "応募職種", "見送り段階", "見送り理由"],
                  ["野々宮 紬", "28", "経理", "最終", "入社後早期退職（参考）"],
                  ["宇佐美 剛", "38", "営業", "一次", "うつ病による休職歴が2回あり、営業ノルマへの耐性を懸念"],
                  ["穂積 玲奈", "31", "生産管理", "二次", "交替勤務不可"],
                  ["真鍋 千尋", "29", "品質保証", "書類", "持病（てんかん）のため夜勤不可と申告"],
                  ["芦田 昌平", "33", "営業", "一次", "志望動機が不明確"],
                  ["神楽坂 律", "35", "購買", "最終", "腰椎ヘルニアの手術歴・通院中"]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six named candidates with rejection reasons including illnesses: a list that carries medical history",
},
{
    "id": "jinzaishokai-089",
    "charset": "cp932",
    "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
    "subject": "12/4 ご来館予定者（2名）について",
    "body": """さくらホテル フロント ご担当者様

お世話になっております。日の出産業の大河内です。
明日12月4日、ロビーで弊社社員と待ち合わせる面接参加者が2名おります。
万一、弊社社員が遅れた場合にご連絡いただけるよう、連絡先をお知らせします。

　・東海林 雅人 様（10:00待ち合わせ）　090-8807-1264
　・鷹取 里沙 様　（14:00待ち合わせ）　080-5067-3349

当日の弊社担当は大河内（080-4417-2290）です。
よろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two visitors' names and mobiles to the hotel front desk: under five people, may warn",
},
{
    "id": "jinzaishokai-090",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "cc": ["霧島 様 <kirishima@kirishima-consulting.jp>", "宇佐美 様 <usami.tsuyoshi@softbank.ne.jp>"],
    "subject": "技術面接のオンラインURLのご案内（12/12）",
    "body": """濱田様
霧島様
宇佐美様

お世話になっております。日の出産業の佐伯です。
12月12日（木）16:00からの技術面接のURLをお送りいたします。

　URL：https://meet.example-hinode.invalid/hs-1212-tech
　所要時間：60分
　面接官：霧島様（外部技術顧問）、生産技術部 石動

開始5分前までに入室をお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "the agency, an outside interviewer and the candidate (three external parties) see each other in To/Cc",
},
{
    "id": "jinzaishokai-091",
    "charset": "cp932",
    "sender": "工藤 悠斗 <y.kudo@hinode-sangyo.co.jp>",
    "to": ["柏木社会保険労務士事務所 <office@kashiwagi-sr.jp>"],
    "subject": "年金手帳紛失の件（鷹取さん）",
    "body": """柏木先生

お世話になっております。工藤です。
1月14日入社の鷹取 里沙さんが年金手帳を紛失しているとのことで、
ご本人が控えていた番号をお送りします。資格取得届はこちらで
作成いただけますでしょうか。

　氏名：鷹取 里沙（タカトリ リサ）
　生年月日：平成7年12月21日
　基礎年金番号：５１４７－２０８３３６

番号が正しいか不安とのことですので、届出時にご確認いただけると助かります。
""" + SIG_KUDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a basic pension number (full-width digits) of a new hire sent to an outside office",
},
{
    "id": "jinzaishokai-092",
    "charset": "utf-8",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["キャリアフェスタ 出展受付 <shutten@careerfesta.jp>"],
    "subject": "「ものづくり転職フェア2025春」出展申込",
    "body": """株式会社キャリアフェスタ
出展受付ご担当者様

お世話になっております。下記のとおり出展を申し込みます。

　会社名　　：日の出産業株式会社
　法人番号　：1482473331703
　所在地　　：東京都中央区日本橋3-8-14 日の出ビル5F
　代表電話　：03-5202-7700
　業種　　　：樹脂成形品・電子部品の製造
　従業員数　：1,204名
　出展プラン：スタンダード（1小間）
　募集職種　：生産技術、設備保全、品質保証、営業

請求書は経理部宛にお送りください。
""" + SIG_MITSUYA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a job-fair booking with the company's own corporate number and switchboard: business data only",
},
{
    "id": "jinzaishokai-093",
    "charset": "utf-8",
    "sender": "鳥羽 正臣 <m.toba@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.com>"],
    "subject": "競業避止義務に関するご相談（中途採用予定者）",
    "body": """白川先生

いつもお世話になっております。日の出産業の鳥羽です。
4月入社予定の営業部長候補の方が、前職の就業規則上、退職後1年間の
競業避止義務を負っている可能性があります。

当社の事業が前職と競合するかどうか、また入社時期を調整すべきか、
前職の誓約書の写しを拝見いただいたうえでご意見をいただけますでしょうか。
誓約書は候補者から届き次第お送りいたします。

日の出産業株式会社 人事部長 鳥羽 正臣
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-law.com is a TLD swap of the partner law firm's shirakawa-law.jp",
},
{
    "id": "jinzaishokai-094",
    "charset": "iso-2022-jp",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["坂東様 <bando@takumi-career.com>"],
    "subject": "11/29 お打ち合わせ議事録の送付",
    "body": """坂東様

先日はお時間をいただきありがとうございました。三ツ矢です。
お打ち合わせの議事録をお送りします。認識違いがございましたらご指摘ください。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "docx", "name": "議事録_匠キャリア_20241129.docx",
         "paragraphs": ["議事録", "日時：2024年11月29日（金）14:00～15:00",
                        "出席：匠キャリア 坂東様／日の出産業 三ツ矢、製造技術部長",
                        "1. 設備保全ポジションの要件見直し",
                        "　・PLCの実務経験は必須から歓迎要件へ変更",
                        "　・年収上限を600万円から650万円に引き上げ",
                        "2. 推薦状況：12月中に3名程度の推薦見込み",
                        "3. 次回：1月中旬（推薦状況の振り返り）"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting minutes on job requirements: business content only",
},
{
    "id": "jinzaishokai-095",
    "charset": "cp932",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["ワークメディア 営業 長南様 <chonan@workmedia.co.jp>"],
    "subject": "掲載効果のまとめ（10月～11月）",
    "body": """長南様

お世話になっております。三ツ矢です。
10月～11月の掲載効果を弊社側でも集計しましたので共有いたします。
御社レポートと応募数に差異がある原稿がございますので、ご確認ください。
""" + SIG_MITSUYA,
    "attachments": [
        {"kind": "xls", "name": "掲載効果_202410-11.xls",
         "sheets": {"原稿別": [["原稿", "掲載期間", "PV", "応募数（御社集計）", "応募数（弊社ATS）", "書類通過"],
                              ["設備保全スタッフ", "10/7-11/3", 8420, 31, 28, 6],
                              ["営業（法人）", "10/7-11/3", 11250, 44, 44, 9],
                              ["品質管理", "11/4-12/1", 5310, 17, 15, 3],
                              ["総務・庶務", "11/4-12/1", 9780, 62, 60, 4]]}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "job-ad performance figures in a legacy XLS: counts, no people",
},
{
    "id": "jinzaishokai-096",
    "charset": "utf-8",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["人事部 採用グループ <saiyo-g@mail.hinode-sangyo.co.jp>"],
    "cc": ["鳥羽 正臣 <m.toba@mail.hinode-sangyo.co.jp>"],
    "subject": "【社外秘】1月入社者 連絡先一覧（入社準備用）",
    "body": """採用グループ各位

お疲れさまです。佐伯です。
1月入社者の連絡先一覧を共有します。社外秘扱いでお願いします。
入社前フォローの電話は各担当から行ってください。
""" + SIG_SAEKI,
    "attachments": [
        {"kind": "xlsx", "name": "【社外秘】1月入社者連絡先.xlsx", "page_header": "社外秘",
         "sheets": {"1月入社": [["【社外秘】2025年1月入社者 連絡先"],
                               ["氏名", "入社日", "配属", "携帯", "メール", "担当"],
                               ["四十物 圭", "1/6", "生産技術部", "090-3318-7742", "kei.aimono@gmail.com", "佐伯"],
                               ["羽賀 慎之介", "1/6", "経理部", "070-4481-9356", "shinnosuke.haga@icloud.com", "大河内"],
                               ["勅使河原 遥", "1/6", "総務部", "090-2950-6617", "haruka.teshi@icloud.com", "三ツ矢"],
                               ["九十九 陽介", "1/6", "設備保全課", "070-1739-5028", "tsukumo.y@gmail.com", "大河内"],
                               ["鷹取 里沙", "1/14", "営業部", "080-5067-3349", "risa.takatori@gmail.com", "佐伯"],
                               ["漆原 瑞穂", "1/14", "経理部", "080-2265-0193", "mizuho.u@yahoo.co.jp", "三ツ矢"]]}},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "a marked list of six hires, but sent only to internal subdomain addresses",
},
{
    "id": "jinzaishokai-097",
    "charset": "cp932",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["芦野 様 <ashino@career-bridge.co.jp>"],
    "subject": "内定承諾書の様式（最新版）",
    "body": """芦野様

お世話になっております。佐伯です。
内定承諾書の様式を更新しましたので、最新版をお送りします。
今後、候補者様へお渡しいただく際はこちらをお使いください。
""" + SIG_SAEKI,
    "attachments": [
        {"kind": "docx", "name": "内定承諾書_様式_2024v2.docx",
         "paragraphs": ["内定承諾書", "日の出産業株式会社 代表取締役 荒川 健二 殿",
                        "私は、貴社からの内定通知を受け、下記のとおり入社することを承諾いたします。",
                        "入社予定日：　　年　　月　　日"],
         "tables": [[["氏名", ""], ["生年月日", "　　年　　月　　日"], ["現住所", ""], ["電話番号", ""],
                     ["署名・押印", ""]]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a blank acceptance form: field labels but no one's data",
},
{
    "id": "jinzaishokai-098",
    "charset": "iso-2022-jp",
    "sender": "三ツ矢 加奈子 <k.mitsuya@hinode-sangyo.co.jp>",
    "to": ["濱田 様 <k.hamada@jobark.co.jp>"],
    "subject": "Re: 経営企画マネージャー 社内組織についてのご質問",
    "body": """濱田様

お世話になっております。三ツ矢です。
ご質問いただいた経営企画部の詳細な組織図は社外秘の資料のため、
恐れ入りますがお渡しいたしかねます。口頭での説明であれば可能ですので、
以下の範囲でお伝えいただければと思います。

・部長1名、マネージャー2名（うち1名が今回の募集）、スタッフ5名
・マネージャーは中期経営計画チームを担当
・社長・取締役会への報告機会が多いポジション

ご不明点があればお電話でも対応いたします。
""" + SIG_MITSUYA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mentions that a document is 社外秘 and declines to send it: a mention, not a marking",
},
{
    "id": "jinzaishokai-099",
    "charset": "utf-8",
    "sender": "日の出産業 人事部 採用チーム <saiyo@hinode-sangyo.co.jp>",
    "to": ["斑目 透 様 <madarame.toru@outlook.jp>"],
    "subject": "面接交通費のお振込先確認",
    "body": """斑目 透 様

先日は弊社の技術面接にお越しいただき、ありがとうございました。
ご提出いただいた交通費精算書に基づき、下記口座へお振込みいたします。
お振込先に誤りがないかご確認をお願いいたします。

　お振込額：3,740円（溝の口⇔日本橋 往復）
　振込先　：東都銀行 溝の口支店 普通 7730418
　口座名義：マダラメ トオル

誤りがなければご返信は不要です。12月20日にお振込みいたします。

日の出産業株式会社 人事部 採用チーム
TEL 03-5202-7781
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "the candidate's own bank account sent back to him for confirmation: one person",
},
{
    "id": "jinzaishokai-100",
    "charset": "iso-2022-jp",
    "sender": "佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>",
    "to": ["森下様 <morishita@career-bridge.co.jp>"],
    "subject": "FW: 面接のお礼（柚木）",
    "body": """森下様

お世話になっております。佐伯です。
柚木様から直接お礼のメールが届きましたので、念のため添付で共有いたします。
選考結果のご連絡は、これまでどおり御社経由で行います。
""" + SIG_SAEKI,
    "attachments": [
        {"kind": "eml", "name": "面接のお礼（柚木）.eml",
         "message": {
             "charset": "utf-8",
             "sender": "柚木 紗英 <sae.yunoki.0308@gmail.com>",
             "to": ["佐伯 真琴 <m.saeki@hinode-sangyo.co.jp>"],
             "subject": "面接のお礼（柚木）",
             "body": """日の出産業株式会社
人事部 佐伯様

本日は面接のお時間をいただき、誠にありがとうございました。
購買部の皆さまのお話を伺い、ますます入社への思いが強くなりました。
引き続きどうぞよろしくお願いいたします。

柚木 紗英
携帯：080-5526-4017
Mail：sae.yunoki.0308@gmail.com
""",
         }},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one candidate's thank-you mail with her contacts, forwarded as .eml to her agency: one person",
},
]
